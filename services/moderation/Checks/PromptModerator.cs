using System.Globalization;
using System.Text.RegularExpressions;
using Kino.Moderation.Classification;
using Kino.Moderation.Policy;
using Kino.Moderation.Text;

namespace Kino.Moderation.Checks;

/// <summary>
/// Checks a text (a prompt or a spoken transcript) against the policy: lexicon terms and names on the normalised
/// words (outside safe contexts), the sexual-content-with-a-minor rule, the trained classifier for paraphrases the
/// lexicon misses, and @mentions of people. Teen accounts get the teen actions and lower classifier thresholds.
/// </summary>
public sealed partial class PromptModerator(PolicyProvider policies, PromptClassifier classifier)
{
    private const double TermScore = 1.0, MatureScore = 0.6;

    [GeneratedRegex(@"(?<![\p{L}\p{N}_@.])@([\p{L}\p{N}_][\p{L}\p{N}_.]{1,31})")]
    private static partial Regex MentionPattern();

    /// <summary>The @mentions in a text, lower-cased, each once.</summary>
    public static IReadOnlyList<string> MentionsIn(string text) =>
        MentionPattern().Matches(text).Select(m => "@" + m.Groups[1].Value.ToLowerInvariant()).Distinct().ToList();

    /// <param name="consented">Cameo references (@handles) the requester has consent for: these mentions are no likeness risk.</param>
    /// <param name="refused">Cameos named outside the text (character ids) without consent: they count as mentions without consent.</param>
    public Assessment Check(string text, bool teen, IReadOnlySet<string>? consented = null, IReadOnlyList<string>? refused = null)
    {
        var compiled = policies.Current;
        var tokens = PromptNormalizer.Tokenize(text);
        var matches = compiled.Lexicon.Match(tokens);
        var safe = new bool[tokens.Count];
        foreach (var m in matches.Where(m => m.Entry.Meaning.Kind == TermKind.SafeContext))
            for (int i = m.Start; i < m.Start + m.Length; i++) safe[i] = true;
        bool IsSafe(LexiconMatch<TermMeaning> m) => Enumerable.Range(m.Start, m.Length).All(i => safe[i]);
        var hits = matches.Where(m => m.Entry.Meaning.Kind != TermKind.SafeContext && !IsSafe(m)).ToList();

        var probabilities = classifier.Predict(tokens);
        var mentions = MentionsIn(text).Where(m => consented?.Contains(m) != true).Concat(refused ?? []).Distinct().ToList();
        var results = new List<CategoryResult>(compiled.Policy.Categories.Count);
        foreach (var category in compiled.Policy.Categories)
        {
            var rules = new List<string>();
            double probability = classifier.ProbabilityOf(probabilities, category.Id), score = probability;
            var action = PolicyAction.Allow;
            void Raise(PolicyAction to) { if (to > action) action = to; }
            PolicyAction full = teen ? category.TeenAction : category.Action;

            foreach (var hit in hits.Where(h => h.Entry.Meaning.Category == category.Id))
            {
                var meaning = hit.Entry.Meaning;
                switch (meaning.Kind)
                {
                    case TermKind.Term or TermKind.Name:
                        rules.Add($"{(meaning.Kind == TermKind.Name ? "name" : "term")}:{meaning.Language}:{hit.Entry.Phrase}");
                        score = Math.Max(score, TermScore);
                        Raise(full);
                        break;
                    case TermKind.Mature:
                        rules.Add($"mature:{meaning.Language}:{hit.Entry.Phrase}");
                        score = Math.Max(score, MatureScore);
                        Raise(teen ? category.TeenAction : PolicyAction.AgeGate);
                        break;
                }
            }
            double threshold = teen ? category.TeenThreshold : category.Threshold;
            if (category.UseClassifier && probability >= threshold)
            {
                rules.Add(string.Create(CultureInfo.InvariantCulture, $"classifier:{probability:F2}"));
                Raise(full);
            }
            if (category.MentionAction is { } mentionAction && mentions.Count > 0)
            {
                rules.AddRange(mentions.Select(m => "mention:" + m));
                Raise(mentionAction);
            }
            results.Add(new CategoryResult(category.Id, Math.Round(score, 4), action, rules));
        }
        ApplyMinorRule(compiled, tokens, hits, results, probabilities);
        return Assessment.Combine(compiled.Policy.Version, results, mentions);
    }

    /// <summary>Sexual content of any degree together with a sign that a child is involved is the always-blocked category.</summary>
    private void ApplyMinorRule(CompiledPolicy compiled, IReadOnlyList<Token> tokens, List<LexiconMatch<TermMeaning>> hits, List<CategoryResult> results, float[] probabilities)
    {
        const string sexualId = "sexual";
        int sexualIndex = results.FindIndex(r => r.Category == sexualId), minorsIndex = results.FindIndex(r => r.Category == PolicyValidator.AlwaysBlockedCategory);
        if (sexualIndex < 0 || minorsIndex < 0) return;
        var sexual = results[sexualIndex];
        bool sexualSignal = sexual.Action != PolicyAction.Allow || classifier.ProbabilityOf(probabilities, sexualId) >= compiled.Category(sexualId).TeenThreshold;
        if (!sexualSignal) return;
        var minor = hits.Where(h => h.Entry.Meaning.Kind == TermKind.MinorIndicator).Select(h => $"minor:{h.Entry.Meaning.Language}:{h.Entry.Phrase}")
            .Concat(MinorAges(tokens)).FirstOrDefault();
        if (minor is null) return;
        var minors = results[minorsIndex];
        results[minorsIndex] = minors with
        {
            Score = 1.0, Action = PolicyAction.Block,
            Rules = [.. minors.Rules, $"rule:sexual+minor({minor})"],
        };
    }

    // Number words under 18 after normalisation (repeated letters squeezed: "thirteen" → "thirten").
    private static readonly string[] NumberWords = [.. new[]
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eins", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwolf", "dreizehn",
        "vierzehn", "funfzehn", "sechzehn", "siebzehn",
    }.Select(PromptNormalizer.Squeeze)];

    /// <summary>"12 year old", "12-jährige", "12yo", "aged 9", "nine-year-old", "neunjährige": an age under 18.</summary>
    private static IEnumerable<string> MinorAges(IReadOnlyList<Token> tokens)
    {
        string At(int i) => i >= 0 && i < tokens.Count ? tokens[i].Text : "";
        static bool IsAgeUnit(string unit, string following) =>
            unit is "yo" or "y" or "yr" or "yrs"
            || unit.StartsWith("yearold", StringComparison.Ordinal) || unit.StartsWith("yearsold", StringComparison.Ordinal) || unit.StartsWith("jahrig", StringComparison.Ordinal)
            || (unit is "year" or "years" or "jahr" or "jahre" && following.StartsWith("old", StringComparison.Ordinal) | following.StartsWith("alt", StringComparison.Ordinal));
        for (int i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            int digits = 0;
            while (digits < word.Length && char.IsAsciiDigit(word[digits])) digits++;
            if (digits is > 0 and <= 2 && int.Parse(word.AsSpan(0, digits), CultureInfo.InvariantCulture) < 18)
            {
                bool joined = digits < word.Length;
                if (IsAgeUnit(joined ? word[digits..] : At(i + 1), joined ? At(i + 1) : At(i + 2)) || At(i - 1) is "aged" or "age" or "alter")
                    yield return "minor:age<18";
                continue;
            }
            foreach (var number in NumberWords)
                if (word.StartsWith(number, StringComparison.Ordinal)
                    && (word.Length > number.Length ? IsAgeUnit(word[number.Length..], At(i + 1)) : IsAgeUnit(At(i + 1), At(i + 2)) || At(i - 1) is "aged"))
                    yield return "minor:age<18";
        }
    }
}
