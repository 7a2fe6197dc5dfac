using System.Text;

namespace Kino.VideoDiffusion.Model;

/// <summary>
/// Word-level tokenizer over the model's stored vocabulary. Lower-cases, keeps letters (umlauts and ß included),
/// maps unknown words to [UNK] and starts every sequence with [BOS], so even an empty prompt has one key to attend to.
/// </summary>
public sealed class Tokenizer(IReadOnlyList<string> vocabulary, int maxTokens)
{
    public const int Pad = 0, Unknown = 1, Begin = 2;
    public static readonly string[] Specials = ["[PAD]", "[UNK]", "[BOS]"];

    private readonly Dictionary<string, int> ids = vocabulary.Select((word, id) => (word, id)).ToDictionary(p => p.word, p => p.id);

    public int MaxTokens => maxTokens;

    /// <summary>Token ids, padded with [PAD] to MaxTokens; longer prompts are cut (the grammar needs far fewer).</summary>
    public long[] Encode(string? text)
    {
        var tokens = new long[maxTokens];
        tokens[0] = Begin;
        int n = 1;
        foreach (var word in Words(text ?? ""))
        {
            if (n == maxTokens) break;
            tokens[n++] = ids.GetValueOrDefault(word, Unknown);
        }
        return tokens;
    }

    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetter(c)) word.Append(char.ToLowerInvariant(c));
            else if (word.Length > 0) { yield return word.ToString(); word.Clear(); }
        }
        if (word.Length > 0) yield return word.ToString();
    }
}
