using System.Globalization;
using System.Text;

namespace Kino.Moderation.Text;

/// <summary>A prompt's words after normalisation. <see cref="Alternative"/> is a second reading of an ambiguous leet token ("1" as l).</summary>
public readonly record struct Token(string Text, string? Alternative = null);

/// <summary>
/// Undoes the tricks people use to slip words past a filter, so that lexicons and the classifier see one spelling:
/// NFKC (full-width, styled letters), invisible characters, diacritics, homoglyphs from other scripts, case,
/// punctuation inside words (n.u.d.e, self-harm), spaced letters (n u d e), leetspeak (p0rn, k1ll) and
/// repeated letters (nuuude; every run of a letter becomes one, in the lexicon too).
/// </summary>
public static class PromptNormalizer
{
    // Apostrophes are not joiners: "Sheeran's" must stay "sheeran" + "s".
    private const string WordJoiners = ".-_*·•~+/\\";

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var folded = Fold(text);
        var words = SplitWords(folded);
        var joined = JoinSpacedLetters(words);
        var tokens = new List<Token>(joined.Count);
        foreach (var (word, spelled) in joined)
        {
            var (primary, alternative) = Unleet(word);
            // "a n u d e": the article joins the spelled-out word, so the reading without it is the alternative.
            if (spelled && alternative is null && primary.Length > 3 && primary[0] is 'a' or 'i') alternative = primary[1..];
            var text1 = Squeeze(primary);
            if (text1.Length == 0) continue;
            var alt = alternative is null ? null : Squeeze(alternative);
            tokens.Add(new Token(text1, alt == text1 ? null : alt));
        }
        return tokens;
    }

    /// <summary>Compatibility form, no invisible characters or diacritics, lower case, homoglyphs as Latin letters.</summary>
    public static string Fold(string text)
    {
        var decomposed = WithoutNoncharacters(text).Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        // By code point, not UTF-16 unit: tag characters (U+E0000 block), marks and capitals beyond the BMP are surrogate pairs.
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format) continue;
            Append(builder, rune.IsBmp ? new Rune(Confusables.Fold(char.ToLowerInvariant(Confusables.Fold((char)rune.Value)))) : Rune.ToLowerInvariant(rune));
        }
        return builder.ToString();
    }

    /// <summary>
    /// The text without noncharacters (U+FDD0–U+FDEF and the last two code points of every plane: never text, and
    /// String.Normalize throws on U+FFFE), and with unpaired surrogates, which it also refuses, as U+FFFD.
    /// </summary>
    private static string WithoutNoncharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            if (rune.Value is not (>= 0xFDD0 and <= 0xFDEF) && (rune.Value & 0xFFFE) != 0xFFFE) Append(builder, rune);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Rune rune)
    {
        Span<char> utf16 = stackalloc char[2];
        builder.Append(utf16[..rune.EncodeToUtf16(utf16)]);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || LeetLetter(c) is not null;

    /// <summary>Words of letters, digits and leet symbols; joiners between two letters are dropped ("n.u.d.e" → "nude").</summary>
    private static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsWordChar(c) && !(c == '@' && word.Length == 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]) && IsMentionStart(text, i)))
            {
                word.Append(c);
                continue;
            }
            bool joiner = WordJoiners.Contains(c) && word.Length > 0 && char.IsLetter(word[^1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (joiner) continue;
            if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    // An @ that starts a word is a mention sign (handled by the mention check), not a leet "a".
    private static bool IsMentionStart(string text, int i) => i == 0 || !IsWordChar(text[i - 1]);

    /// <summary>Three or more one-character words in a row are one spelled-out word ("n u d e", "k 1 l l").</summary>
    private static List<(string Word, bool Spelled)> JoinSpacedLetters(List<string> words)
    {
        var result = new List<(string, bool)>(words.Count);
        for (int i = 0; i < words.Count;)
        {
            int end = i;
            while (end < words.Count && words[end].Length == 1) end++;
            if (end - i >= 3)
            {
                result.Add((string.Concat(words.Skip(i).Take(end - i)), true));
                i = end;
            }
            else
            {
                result.Add((words[i], false));
                i++;
            }
        }
        return result;
    }

    private static char? LeetLetter(char c) => c switch
    {
        '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '8' => 'b', '9' => 'g',
        '@' => 'a', '$' => 's', '!' => 'i', '|' => 'l', '€' => 'e', '£' => 'l', '¡' => 'i',
        _ => null,
    };

    /// <summary>
    /// Leet symbols become letters in words that also hold letters. Numbers stay numbers, and so do numbers with
    /// a unit ("12yo", "3d", "4k"), which start with digits that are not all leet.
    /// </summary>
    private static (string Primary, string? Alternative) Unleet(string word)
    {
        bool hasLetter = false, hasLeet = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c)) hasLetter = true;
            else if (LeetLetter(c) is not null) hasLeet = true;
        }
        if (!hasLeet) return (word, null);
        if (!hasLetter)
        {
            // Only digits and symbols: a number, unless symbols are mixed in ("$3x" has a letter; "!!!" is punctuation).
            return (word.All(char.IsDigit) ? word : new string(word.Where(char.IsDigit).ToArray()), null);
        }
        int leadingDigits = 0;
        while (leadingDigits < word.Length && char.IsDigit(word[leadingDigits])) leadingDigits++;
        if (leadingDigits > 0 && word.Skip(leadingDigits).All(char.IsLetter) && (leadingDigits > 1 || word.Length <= 3)) return (word, null);

        var primary = new StringBuilder(word.Length);
        foreach (var c in word) primary.Append(char.IsLetter(c) ? c : LeetLetter(c) ?? c);
        string? alternative = null;
        if (word.Contains('1'))
        {
            var alt = primary.ToString().ToCharArray();
            for (int i = 0; i < word.Length; i++) if (word[i] == '1') alt[i] = 'l';
            alternative = new string(alt);
        }
        return (primary.ToString(), alternative);
    }

    /// <summary>
    /// Every run of one letter becomes a single letter ("nuuude" → "nude", "kill" → "kil"). A word that is one letter
    /// repeated ("kkk", "xxx") stays as it is: squeezed, it would read as the single letter.
    /// </summary>
    public static string Squeeze(string word)
    {
        if (word.Length < 2 || word.All(c => c == word[0])) return word;
        var builder = new StringBuilder(word.Length);
        char previous = '\0';
        foreach (var c in word)
        {
            if (c == previous && char.IsLetter(c)) continue;
            builder.Append(c);
            previous = c;
        }
        return builder.ToString();
    }
}
