using System.Text.RegularExpressions;

namespace Kino.Moderation.Dataset;

/// <summary>
/// A pool of prompt templates for one language, split and label set. "{slot}" is filled from <see cref="Slots"/>
/// (or a policy name list), and "[[word]]" marks the key word an obfuscated variant rewrites.
/// </summary>
internal sealed record TemplateSet(
    string Language,
    DatasetSplit Split,
    string[] Labels,
    string[] Templates,
    IReadOnlyDictionary<string, string[]> Slots,
    int Weight = 1,
    bool KeepCase = false)
{
    public static readonly IReadOnlyDictionary<string, string[]> NoSlots = new Dictionary<string, string[]>();
}

/// <summary>A rendered template: the clean text and the key words that were marked in it.</summary>
internal sealed record RenderedPrompt(string Text, IReadOnlyList<string> Keys);

/// <summary>Fills templates at random; kept separate so every content file only declares data.</summary>
internal static partial class TemplateRenderer
{
    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex SlotPattern();

    [GeneratedRegex(@"\[\[(.+?)\]\]")]
    private static partial Regex KeyPattern();

    public static RenderedPrompt Render(TemplateSet set, Random random)
    {
        var template = set.Templates[random.Next(set.Templates.Length)];
        var used = new HashSet<string>(StringComparer.Ordinal);
        var filled = SlotPattern().Replace(template, match => Fill(set, match.Groups[1].Value, random, used));
        var keys = KeyPattern().Matches(filled).Select(m => m.Groups[1].Value).Distinct().ToList();
        var text = KeyPattern().Replace(filled, m => m.Groups[1].Value);
        // Empty slot values (an optional phrase) leave doubled or trailing spaces behind.
        text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" ,", ",", StringComparison.Ordinal);
        return new RenderedPrompt(set.KeepCase ? text : Capitalise(text), keys);
    }

    private static string Fill(TemplateSet set, string slot, Random random, HashSet<string> used)
    {
        var values = PolicyNames.ForSlot(slot) ?? (set.Slots.TryGetValue(slot, out var own) ? own : null);
        if (values is null || values.Length == 0)
        {
            throw new InvalidOperationException($"Template slot '{slot}' has no values ({set.Language}, {set.Split}, {string.Join(',', set.Labels)}).");
        }

        // "{figure} and {figure}" must name two different people, so re-draw a value already used in this prompt.
        var value = values[random.Next(values.Length)];
        for (var attempt = 0; attempt < 8 && !used.Add(value); attempt++)
        {
            value = values[random.Next(values.Length)];
        }

        if (PolicyNames.ForSlot(slot) is not null)
        {
            return PolicyNames.MarkKey(value);
        }

        // Slot values may themselves contain slots (e.g. a victim phrase naming a {figure}).
        return SlotPattern().Replace(value, match => Fill(set, match.Groups[1].Value, random, used));
    }

    // Templates often start with a slot whose values are lower-case phrases; prompts read more naturally capitalised.
    private static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
