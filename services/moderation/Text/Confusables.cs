using System.Collections.Frozen;

namespace Kino.Moderation.Text;

/// <summary>
/// Letters from other scripts that look like Latin ones (a subset of Unicode's confusables.txt for the scripts
/// evaders use: Cyrillic, Greek, Armenian, Cherokee and small capitals). Full-width and styled letters are already
/// folded by NFKC, so they are not listed here.
/// </summary>
public static class Confusables
{
    private static readonly FrozenDictionary<char, char> Map = new Dictionary<char, char>
    {
        // Cyrillic
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p',
        ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['ԁ'] = 'd',
        ['ԛ'] = 'q', ['ԝ'] = 'w', ['һ'] = 'h', ['ӏ'] = 'l', ['ɡ'] = 'g', ['ո'] = 'n', ['ս'] = 'u', ['ց'] = 'g', ['օ'] = 'o',
        ['ь'] = 'b', ['п'] = 'n', ['з'] = '3', ['ү'] = 'y',
        // Capitals that lower-case into a different look (Greek Μ becomes μ, which reads as u)
        ['Α'] = 'a', ['Β'] = 'b', ['Ε'] = 'e', ['Ζ'] = 'z', ['Η'] = 'h', ['Ι'] = 'i', ['Κ'] = 'k', ['Μ'] = 'm', ['Ν'] = 'n',
        ['Ο'] = 'o', ['Ρ'] = 'p', ['Τ'] = 't', ['Υ'] = 'y', ['Χ'] = 'x', ['А'] = 'a', ['В'] = 'b', ['Е'] = 'e', ['К'] = 'k',
        ['М'] = 'm', ['Н'] = 'h', ['О'] = 'o', ['Р'] = 'p', ['С'] = 'c', ['Т'] = 't', ['Х'] = 'x', ['У'] = 'y', ['Ѕ'] = 's',
        ['І'] = 'i', ['Ј'] = 'j',
        // Greek
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p',
        ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['γ'] = 'y', ['ω'] = 'w', ['ς'] = 's', ['σ'] = 'o', ['μ'] = 'u', ['ϲ'] = 'c',
        // Latin look-alikes outside ASCII that NFKC keeps
        ['ı'] = 'i', ['ȷ'] = 'j', ['ł'] = 'l', ['ø'] = 'o', ['đ'] = 'd', ['ħ'] = 'h', ['ŧ'] = 't', ['ƅ'] = 'b', ['ɑ'] = 'a',
        ['ɩ'] = 'i', ['ʀ'] = 'r', ['ᴀ'] = 'a', ['ʙ'] = 'b', ['ᴄ'] = 'c', ['ᴅ'] = 'd', ['ᴇ'] = 'e', ['ɢ'] = 'g', ['ʜ'] = 'h',
        ['ɪ'] = 'i', ['ᴊ'] = 'j', ['ᴋ'] = 'k', ['ʟ'] = 'l', ['ᴍ'] = 'm', ['ɴ'] = 'n', ['ᴏ'] = 'o', ['ᴘ'] = 'p', ['ꜱ'] = 's',
        ['ᴛ'] = 't', ['ᴜ'] = 'u', ['ᴠ'] = 'v', ['ᴡ'] = 'w', ['ʏ'] = 'y', ['ᴢ'] = 'z', ['ß'] = 's', ['æ'] = 'a', ['œ'] = 'o',
        // Cherokee and Armenian capitals that read as Latin capitals (after lower-casing they stay as they are)
        ['Ꭺ'] = 'a', ['Ᏼ'] = 'b', ['Ꮯ'] = 'c', ['Ꭼ'] = 'e', ['Ꮋ'] = 'h', ['Ꭻ'] = 'j', ['Ꮶ'] = 'k', ['Ꮮ'] = 'l', ['Ꮇ'] = 'm',
        ['Ꮲ'] = 'p', ['Ꮪ'] = 's', ['Ꭲ'] = 't', ['Ꮃ'] = 'w', ['Ꮓ'] = 'z',
    }.ToFrozenDictionary();

    /// <summary>The Latin letter a character imitates, or the character itself.</summary>
    public static char Fold(char c) => Map.TryGetValue(c, out var latin) ? latin : c;
}
