using System.Text;

namespace Kino.Moderation.Dataset;

/// <summary>Spelling tricks bad actors use to slip a blocked word past a lexicon.</summary>
public enum ObfuscationKind
{
    /// <summary>Letters separated by spaces: "n u d e".</summary>
    Spaced,
    /// <summary>Letters separated by one punctuation mark: "n.u.d.e", "n-u-d-e", "n_u_d_e".</summary>
    Dotted,
    /// <summary>Digits and symbols for letters: "nud3", "p0rn", "k1ll", "@" for a, "$" for s.</summary>
    Leet,
    /// <summary>Cyrillic or Greek letters that look like Latin ones.</summary>
    Homoglyph,
    /// <summary>A letter stretched out: "nuuuude".</summary>
    Repeated,
    /// <summary>Accents added to letters: "nüdé".</summary>
    Diacritics,
    /// <summary>U+200B zero-width spaces between letters.</summary>
    ZeroWidth,
    /// <summary>Full-width forms: "ｎｕｄｅ".</summary>
    FullWidth,
    /// <summary>Alternating case: "NuDe".</summary>
    MixedCase,
}

/// <summary>Rewrites a word inside a prompt with an <see cref="ObfuscationKind"/>, as an evasion attempt would.</summary>
public static class Obfuscator
{
    private static readonly Dictionary<char, string[]> LeetMap = new()
    {
        ['a'] = ["4", "@"], ['e'] = ["3"], ['i'] = ["1", "!"], ['o'] = ["0"], ['s'] = ["$", "5"],
        ['t'] = ["7"], ['l'] = ["1"], ['b'] = ["8"], ['g'] = ["9"], ['z'] = ["2"],
    };

    // Cyrillic and Greek code points that render like the Latin key; a mix of both scripts is what real evasions use.
    private static readonly Dictionary<char, string[]> HomoglyphMap = new()
    {
        ['a'] = ["\u0430"], ['e'] = ["\u0435"], ['o'] = ["\u043E", "\u03BF"], ['p'] = ["\u0440", "\u03C1"],
        ['c'] = ["\u0441"], ['x'] = ["\u0445", "\u03C7"], ['i'] = ["\u0456", "\u03B9"], ['y'] = ["\u0443"],
        ['s'] = ["\u0455"], ['j'] = ["\u0458"], ['v'] = ["\u03BD"], ['k'] = ["\u03BA"], ['n'] = ["\u03B7"],
        ['A'] = ["\u0410", "\u0391"], ['B'] = ["\u0412", "\u0392"], ['E'] = ["\u0415", "\u0395"], ['H'] = ["\u041D", "\u0397"],
        ['K'] = ["\u041A", "\u039A"], ['M'] = ["\u041C", "\u039C"], ['O'] = ["\u041E", "\u039F"], ['P'] = ["\u0420", "\u03A1"],
        ['C'] = ["\u0421"], ['T'] = ["\u0422", "\u03A4"], ['X'] = ["\u0425", "\u03A7"], ['I'] = ["\u0406", "\u0399"],
        ['N'] = ["\u039D"], ['Z'] = ["\u0396"], ['S'] = ["\u0405"], ['D'] = ["\u0500"],
    };

    private static readonly Dictionary<char, string[]> DiacriticMap = new()
    {
        ['a'] = ["á", "à", "â", "ä", "å"], ['e'] = ["é", "è", "ê", "ë"], ['i'] = ["í", "ì", "î", "ï"],
        ['o'] = ["ó", "ò", "ô", "ö", "õ"], ['u'] = ["ú", "ù", "û", "ü"], ['n'] = ["ñ", "ń"], ['c'] = ["ç", "č"],
        ['y'] = ["ý", "ÿ"], ['s'] = ["š", "ś"], ['z'] = ["ž", "ź"], ['r'] = ["ř"], ['l'] = ["ł"],
        ['A'] = ["Á", "Ä"], ['E'] = ["É", "È"], ['I'] = ["Í"], ['O'] = ["Ö", "Ó"], ['U'] = ["Ü", "Ú"], ['S'] = ["Š"],
    };

    /// <summary>
    /// Obfuscates every case-insensitive occurrence of <paramref name="word"/> in <paramref name="text"/>.
    /// Returns the text unchanged when the word does not occur or has no letter the kind can rewrite.
    /// </summary>
    public static string Apply(string text, string word, ObfuscationKind kind, Random random)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(random);
        if (string.IsNullOrEmpty(word))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        var start = 0;
        while (true)
        {
            var index = text.IndexOf(word, start, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                break;
            }

            result.Append(text, start, index - start);
            result.Append(Transform(text.Substring(index, word.Length), kind, random));
            start = index + word.Length;
        }

        result.Append(text, start, text.Length - start);
        return result.ToString();
    }

    private static string Transform(string word, ObfuscationKind kind, Random random) => kind switch
    {
        ObfuscationKind.Spaced => Join(word, " "),
        ObfuscationKind.Dotted => Join(word, random.Next(3) switch { 0 => ".", 1 => "-", _ => "_" }),
        ObfuscationKind.Leet => Substitute(word, LeetMap, random, lowerKey: true),
        ObfuscationKind.Homoglyph => Substitute(word, HomoglyphMap, random, lowerKey: false),
        ObfuscationKind.Repeated => Repeat(word, random),
        ObfuscationKind.Diacritics => Substitute(word, DiacriticMap, random, lowerKey: false),
        ObfuscationKind.ZeroWidth => Join(word, "\u200B"),
        ObfuscationKind.FullWidth => FullWidth(word),
        ObfuscationKind.MixedCase => MixedCase(word, random),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown obfuscation kind."),
    };

    // Separators go only between letters of one token, so "Joe Biden" becomes "J.o.e B.i.d.e.n", as people type it.
    private static string Join(string word, string separator)
    {
        var tokens = word.Split(' ');
        return string.Join(' ', tokens.Select(t => string.Join(separator, t.EnumerateRunes())));
    }

    // Rewrites a random subset (at least one) of the mappable letters: real evasions rarely replace every letter.
    private static string Substitute(string word, Dictionary<char, string[]> map, Random random, bool lowerKey)
    {
        var chars = word.ToCharArray();
        var candidates = new List<int>();
        for (var i = 0; i < chars.Length; i++)
        {
            if (map.ContainsKey(lowerKey ? char.ToLowerInvariant(chars[i]) : chars[i]))
            {
                candidates.Add(i);
            }
        }

        if (candidates.Count == 0)
        {
            return word;
        }

        var chosen = new HashSet<int> { candidates[random.Next(candidates.Count)] };
        foreach (var i in candidates)
        {
            if (random.Next(2) == 0)
            {
                chosen.Add(i);
            }
        }

        var builder = new StringBuilder(word.Length + 4);
        for (var i = 0; i < chars.Length; i++)
        {
            if (chosen.Contains(i))
            {
                var options = map[lowerKey ? char.ToLowerInvariant(chars[i]) : chars[i]];
                builder.Append(options[random.Next(options.Length)]);
            }
            else
            {
                builder.Append(chars[i]);
            }
        }

        return builder.ToString();
    }

    // Stretches one letter, preferring vowels because "nuuuude" is the common pattern.
    private static string Repeat(string word, Random random)
    {
        var letters = Enumerable.Range(0, word.Length).Where(i => char.IsLetter(word[i])).ToList();
        if (letters.Count == 0)
        {
            return word;
        }

        var vowels = letters.Where(i => "aeiouäöüAEIOUÄÖÜ".Contains(word[i])).ToList();
        var pool = vowels.Count > 0 ? vowels : letters;
        var at = pool[random.Next(pool.Count)];
        return word[..(at + 1)] + new string(word[at], 2 + random.Next(4)) + word[(at + 1)..];
    }

    private static string FullWidth(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            builder.Append(c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c);
        }

        return builder.ToString();
    }

    // Alternates case from a random starting parity; falls back to the other parity if the result equals the input.
    private static string MixedCase(string word, Random random)
    {
        var parity = random.Next(2);
        for (var attempt = 0; attempt < 2; attempt++, parity ^= 1)
        {
            var builder = new StringBuilder(word.Length);
            var letterIndex = 0;
            foreach (var c in word)
            {
                if (char.IsLetter(c))
                {
                    builder.Append(letterIndex++ % 2 == parity ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                }
                else
                {
                    builder.Append(c);
                }
            }

            var mixed = builder.ToString();
            if (!string.Equals(mixed, word, StringComparison.Ordinal))
            {
                return mixed;
            }
        }

        return word;
    }
}
