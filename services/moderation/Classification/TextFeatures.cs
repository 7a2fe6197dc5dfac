using Kino.Moderation.Text;

namespace Kino.Moderation.Classification;

/// <summary>
/// Hashed features of a normalised prompt: words, word pairs and character 3–5-grams of each word (which carry
/// German compounds and half-obfuscated words to the classifier). Values are L2-normalised presence.
/// </summary>
public static class TextFeatures
{
    public const int Bits = 18;
    public const int Dimension = 1 << Bits;
    private const uint Mask = Dimension - 1;

    /// <summary>Distinct feature indices of the tokens, sorted, and the value each one has.</summary>
    public static (int[] Indices, float Value) Extract(IReadOnlyList<Token> tokens)
    {
        var set = new HashSet<int>();
        for (int i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            set.Add(Hash('w', word, null));
            if (i + 1 < tokens.Count) set.Add(Hash('b', word, tokens[i + 1].Text));
            var padded = "<" + word + ">";
            for (int n = 3; n <= 5; n++)
                for (int start = 0; start + n <= padded.Length; start++)
                    set.Add(Hash((char)('0' + n), padded.AsSpan(start, n), null));
        }
        var indices = set.ToArray();
        Array.Sort(indices);
        return (indices, indices.Length == 0 ? 0 : 1 / MathF.Sqrt(indices.Length));
    }

    // FNV-1a: stable across processes and platforms (string.GetHashCode is randomised per process).
    private static int Hash(char kind, ReadOnlySpan<char> first, string? second)
    {
        uint hash = 2166136261;
        hash = (hash ^ kind) * 16777619;
        foreach (var c in first) hash = (hash ^ c) * 16777619;
        if (second is not null)
        {
            hash = (hash ^ ' ') * 16777619;
            foreach (var c in second) hash = (hash ^ c) * 16777619;
        }
        return (int)(hash & Mask);
    }
}
