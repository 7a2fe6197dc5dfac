using System.Text.RegularExpressions;

namespace Kino.Feed.Ranking;

/// <summary>
/// What a prompt is about, cheaply: content words (stop words out, English and German), a 64-dimensional hashed
/// embedding (each word adds a fixed pseudo-random ±1 pattern over four dimensions; the sum is normalised), and the
/// topic: the prompt's rarest content word among its first four, by the corpus's running document frequency.
/// </summary>
public static partial class TextEmbedding
{
    public const int Dimensions = 64;

    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "with", "from", "by", "for", "into", "onto", "over", "under", "is", "are", "as",
        "its", "his", "her", "their", "then", "while", "says", "say", "very", "some", "this", "that", "cut",
        "ein", "eine", "einen", "der", "die", "das", "den", "dem", "und", "oder", "im", "in", "am", "auf", "mit", "von", "zu", "ist", "sind", "dann",
    ];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    public static List<string> ContentWords(string prompt) =>
        Words().Matches(prompt.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 1 && !StopWords.Contains(w)).ToList();

    public static float[] Embed(IReadOnlyList<string> words)
    {
        var v = new float[Dimensions];
        foreach (var word in words)
        {
            uint h = Fnv(word);
            for (int k = 0; k < 4; k++)
            {
                int d = (int)((h >> (k * 6)) & (Dimensions - 1));
                v[d] += ((h >> (24 + k)) & 1) == 0 ? 1 : -1;
            }
        }
        Normalise(v);
        return v;
    }

    public static void Normalise(float[] v)
    {
        double norm = Math.Sqrt(v.Sum(x => (double)x * x));
        if (norm > 0) for (int i = 0; i < v.Length; i++) v[i] = (float)(v[i] / norm);
    }

    public static double Cosine(float[] a, float[] b)
    {
        double dot = 0;
        for (int i = 0; i < a.Length; i++) dot += a[i] * b[i];
        return dot;
    }

    /// <summary>A hash that is the same in every process (string.GetHashCode is randomised per process).</summary>
    public static uint Fnv(string text)
    {
        uint h = 2166136261;
        foreach (char c in text) h = (h ^ c) * 16777619;
        return h;
    }
}
