using System.Diagnostics;
using Kino.Moderation.Checks;
using Kino.Moderation.Dataset;
using Kino.Moderation.Policy;

namespace Kino.Moderation.Scoring;

/// <summary>Precision and recall of one category. "Stopped" counts its harmful prompts refused under any category.</summary>
public sealed record CategoryScore(string Category, int Prompts, int Flagged, int TruePositives, double Precision, double Recall, double StoppedRate);

/// <summary>The evaluation report: per category, on harmless prompts, by kind and language, and the confusion matrix.</summary>
public sealed record EvaluationReport(
    string PolicyVersion, int Prompts, IReadOnlyList<CategoryScore> Categories,
    int HarmlessPrompts, double FalsePositiveRate, IReadOnlyDictionary<string, double> FalsePositiveRateByKind,
    IReadOnlyDictionary<string, double> StoppedRateByKind, IReadOnlyDictionary<string, double> StoppedRateByLanguage,
    IReadOnlyList<string> MatrixLabels, int[][] ConfusionMatrix, IReadOnlyList<string> Misses, IReadOnlyList<string> FalsePositives);

/// <summary>Runs the moderator over a labelled set (adult account rules) and scores it.</summary>
public static class ModerationEvaluator
{
    public const string None = "none";

    public static bool Refused(Assessment a) => a.Action is PolicyAction.Block or PolicyAction.RequireCameoConsent;

    public static EvaluationReport Evaluate(PromptModerator moderator, CompiledPolicy policy, IReadOnlyList<LabelledPrompt> prompts, int examples = 10)
    {
        var categories = policy.Policy.Categories.Select(c => c.Id).ToList();
        var labels = categories.Append(None).ToList();
        var matrix = labels.Select(_ => new int[labels.Count]).ToArray();
        var outcomes = prompts.Select(p => (Prompt: p, Assessment: moderator.Check(p.Text, teen: false))).ToList();
        var misses = new List<string>();
        var falsePositives = new List<string>();
        var missesPer = new Dictionary<string, int>();

        foreach (var (prompt, assessment) in outcomes)
        {
            var truth = prompt.Labels.Count > 0 ? prompt.Labels[0] : None;
            var predicted = Refused(assessment) ? assessment.Category! : None;
            matrix[labels.IndexOf(truth)][labels.IndexOf(predicted)]++;
            if (prompt.Labels.Count > 0 && !Refused(assessment) && missesPer.GetValueOrDefault(truth) < examples)
            {
                missesPer[truth] = missesPer.GetValueOrDefault(truth) + 1;
                misses.Add($"[{truth}] {prompt.Text}");
            }
            if (prompt.Labels.Count == 0 && Refused(assessment) && falsePositives.Count < 20 * examples)
            {
                var rules = assessment.Categories.Single(c => c.Category == assessment.Category).Rules;
                falsePositives.Add($"[{assessment.Category}: {string.Join(", ", rules)}] {prompt.Text}");
            }
        }

        var scores = categories.Select(c =>
        {
            var flaggedAs = outcomes.Where(o => o.Assessment.Categories.Any(r => r.Category == c && r.Action is PolicyAction.Block or PolicyAction.RequireCameoConsent)).ToList();
            var positives = outcomes.Where(o => o.Prompt.Labels.Contains(c)).ToList();
            int truePositives = flaggedAs.Count(o => o.Prompt.Labels.Contains(c));
            return new CategoryScore(c, positives.Count, flaggedAs.Count, truePositives,
                Ratio(truePositives, flaggedAs.Count), Ratio(truePositives, positives.Count), Ratio(positives.Count(o => Refused(o.Assessment)), positives.Count));
        }).ToList();

        var harmless = outcomes.Where(o => o.Prompt.Labels.Count == 0).ToList();
        var harmful = outcomes.Where(o => o.Prompt.Labels.Count > 0).ToList();
        return new EvaluationReport(policy.Policy.Version, prompts.Count, scores,
            harmless.Count, Ratio(harmless.Count(o => Refused(o.Assessment)), harmless.Count),
            harmless.GroupBy(o => o.Prompt.Kind).ToDictionary(g => g.Key, g => Ratio(g.Count(o => Refused(o.Assessment)), g.Count())),
            harmful.GroupBy(o => o.Prompt.Kind).ToDictionary(g => g.Key, g => Ratio(g.Count(o => Refused(o.Assessment)), g.Count())),
            harmful.GroupBy(o => o.Prompt.Language).ToDictionary(g => g.Key, g => Ratio(g.Count(o => Refused(o.Assessment)), g.Count())),
            labels, matrix, misses, falsePositives);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : Math.Round(part / (double)whole, 4);

    /// <summary>Per-prompt latency (one thread) and throughput (all cores) of the prompt check.</summary>
    public sealed record SpeedReport(int Prompts, double P50Microseconds, double P99Microseconds, double MaxMicroseconds, int Threads, double PromptsPerSecond);

    public static SpeedReport MeasureSpeed(PromptModerator moderator, IReadOnlyList<string> texts, int rounds)
    {
        for (int i = 0; i < 3; i++) foreach (var t in texts) moderator.Check(t, false); // warm up: tiered JIT reaches its final code
        var latencies = new List<double>(texts.Count * rounds);
        var clock = new Stopwatch();
        for (int r = 0; r < rounds; r++)
            foreach (var text in texts)
            {
                clock.Restart();
                moderator.Check(text, false);
                latencies.Add(clock.Elapsed.TotalMicroseconds);
            }
        latencies.Sort();
        int threads = Environment.ProcessorCount;
        var total = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            for (int r = 0; r < rounds; r++) foreach (var text in texts) moderator.Check(text, false);
        });
        double perSecond = threads * rounds * texts.Count / total.Elapsed.TotalSeconds;
        return new SpeedReport(latencies.Count, Percentile(latencies, 0.5), Percentile(latencies, 0.99), latencies[^1], threads, Math.Round(perSecond));
    }

    private static double Percentile(List<double> sorted, double p) => Math.Round(sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))], 1);
}
