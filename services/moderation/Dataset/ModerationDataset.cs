using System.Globalization;

namespace Kino.Moderation.Dataset;

/// <summary>Builds the labelled moderation prompt dataset (train, evaluation or held-out test split) and reads/writes it as TSV.</summary>
public static class ModerationDataset
{
    private const string Header = "text\tlanguage\tlabels\tkind";
    private static readonly string[] Languages = ["en", "de"];

    /// <summary>
    /// Builds one split deterministically for <paramref name="seed"/>. The evaluation and test splits come from disjoint
    /// template pools and are additionally filtered against the splits before them (evaluation against train, test against
    /// train and evaluation), so no text occurs in two splits.
    /// </summary>
    public static IReadOnlyList<LabelledPrompt> Build(DatasetSplit split, int seed = 7)
    {
        var plan = DatasetPlan.For(split);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (split is DatasetSplit.Evaluation or DatasetSplit.Test)
        {
            seen.UnionWith(Build(DatasetSplit.Train, seed).Select(p => p.Text));
        }

        if (split == DatasetSplit.Augment)
        {
            // Extra training data must not repeat a text from train or evaluation (test cannot be checked without reading it).
            seen.UnionWith(Build(DatasetSplit.Train, seed).Select(p => p.Text));
            seen.UnionWith(Build(DatasetSplit.Evaluation, seed).Select(p => p.Text));
        }

        if (split == DatasetSplit.Augment2)
        {
            // The second augment block must not repeat a text from train, evaluation or the first augment block.
            seen.UnionWith(Build(DatasetSplit.Train, seed).Select(p => p.Text));
            seen.UnionWith(Build(DatasetSplit.Evaluation, seed).Select(p => p.Text));
            seen.UnionWith(Build(DatasetSplit.Augment, seed).Select(p => p.Text));
        }

        if (split == DatasetSplit.Test)
        {
            seen.UnionWith(Build(DatasetSplit.Evaluation, seed).Select(p => p.Text));
        }

        var random = new Random(seed);
        var result = new List<LabelledPrompt>();
        var harmful = new List<(LabelledPrompt Prompt, IReadOnlyList<string> Keys)>();

        foreach (var category in DatasetLabels.All)
        {
            foreach (var language in Languages)
            {
                var sets = TemplateCatalog.Harmful(split, language, category);
                foreach (var (prompt, keys) in Sample(sets, plan.HarmfulQuota(category), DatasetLabels.KindHarmful, split, random, seen))
                {
                    result.Add(prompt);
                    harmful.Add((prompt, keys));
                }
            }
        }

        result.AddRange(Obfuscate(harmful, plan, random, seen));

        foreach (var language in Languages)
        {
            result.AddRange(Sample(TemplateCatalog.Lookalikes(split, language), plan.LookalikesPerLanguage, DatasetLabels.KindLookalike, split, random, seen).Select(x => x.Prompt));
        }

        foreach (var language in Languages)
        {
            result.AddRange(Sample(TemplateCatalog.Harmless(split, language), plan.HarmlessPerLanguage, DatasetLabels.KindHarmless, split, random, seen).Select(x => x.Prompt));
        }

        return result;
    }

    /// <summary>Writes a header line and one tab-separated line per prompt; labels are comma-separated, "-" when empty.</summary>
    public static void WriteTsv(IEnumerable<LabelledPrompt> prompts, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var prompt in prompts)
        {
            // A tab or line break inside a field would silently shift columns for every reader, so refuse it.
            if (prompt.Text.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
            {
                throw new ArgumentException($"Prompt text must be a single line without tabs: '{prompt.Text}'.", nameof(prompts));
            }

            var labels = prompt.Labels.Count == 0 ? "-" : string.Join(',', prompt.Labels);
            writer.Write(string.Join('\t', prompt.Text, prompt.Language, labels, prompt.Kind));
            writer.Write('\n');
        }
    }

    /// <summary>Reads what <see cref="WriteTsv"/> wrote; throws <see cref="FormatException"/> on a malformed file.</summary>
    public static IReadOnlyList<LabelledPrompt> ReadTsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine();
        if (!string.Equals(header?.TrimEnd('\r'), Header, StringComparison.Ordinal))
        {
            throw new FormatException($"Expected header '{Header.Replace("\t", "\\t", StringComparison.Ordinal)}'.");
        }

        var prompts = new List<LabelledPrompt>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            line = line.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber}: expected 4 tab-separated fields, got {fields.Length}."));
            }

            string[] labels = fields[2] == "-" ? [] : fields[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            prompts.Add(new LabelledPrompt(fields[0], fields[1], labels, fields[3]));
        }

        return prompts;
    }

    // Draws unique prompts from the sets in proportion to their weights until the quota is met or the pool is
    // exhausted (a generous failure budget, since duplicates become common as small pools run dry).
    private static IEnumerable<(LabelledPrompt Prompt, IReadOnlyList<string> Keys)> Sample(
        IReadOnlyList<TemplateSet> sets, int quota, string kind, DatasetSplit split, Random random, HashSet<string> seen)
    {
        if (sets.Count == 0)
        {
            yield break;
        }

        var totalWeight = sets.Sum(s => s.Weight);
        var produced = 0;
        var failures = 0;
        while (produced < quota && failures < quota * 200)
        {
            var pick = random.Next(totalWeight);
            var set = sets[0];
            foreach (var candidate in sets)
            {
                if (pick < candidate.Weight)
                {
                    set = candidate;
                    break;
                }

                pick -= candidate.Weight;
            }

            var rendered = TemplateRenderer.Render(set, random);
            var text = PromptNoise.Decorate(rendered.Text, set.Language, split, random);
            if (!seen.Add(text))
            {
                failures++;
                continue;
            }

            produced++;
            yield return (new LabelledPrompt(text, set.Language, set.Labels, kind), rendered.Keys);
        }
    }

    // Every (category, kind) pair gets the same number of variants, alternating languages, so the evaluation can
    // report recall per obfuscation kind without one category dominating.
    private static IEnumerable<LabelledPrompt> Obfuscate(
        List<(LabelledPrompt Prompt, IReadOnlyList<string> Keys)> harmful, DatasetPlan plan, Random random, HashSet<string> seen)
    {
        var language = 0;
        foreach (var category in DatasetLabels.All)
        {
            var perPair = plan.ObfuscatedQuota(category);
            foreach (var kind in Enum.GetValues<ObfuscationKind>())
            {
                for (var n = 0; n < perPair; n++)
                {
                    var lang = Languages[language++ % Languages.Length];
                    var pool = harmful.Where(h => h.Prompt.Labels[0] == category && h.Prompt.Language == lang && h.Keys.Count > 0).ToList();
                    for (var attempt = 0; attempt < 50 && pool.Count > 0; attempt++)
                    {
                        var (prompt, keys) = pool[random.Next(pool.Count)];
                        var key = keys[random.Next(keys.Count)];
                        var text = Obfuscator.Apply(prompt.Text, key, kind, random);
                        if (!string.Equals(text, prompt.Text, StringComparison.Ordinal) && seen.Add(text))
                        {
                            yield return prompt with { Text = text, Kind = DatasetLabels.KindObfuscated };
                            break;
                        }
                    }
                }
            }
        }
    }
}
