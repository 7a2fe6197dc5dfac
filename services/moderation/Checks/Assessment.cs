using Kino.Moderation.Policy;

namespace Kino.Moderation.Checks;

/// <summary>One category's result: its score (0–1), the action it calls for, and the rules that matched.</summary>
public sealed record CategoryResult(string Category, double Score, PolicyAction Action, IReadOnlyList<string> Rules);

/// <summary>
/// The outcome of checking one text or one video: the strongest action and the category that called for it,
/// every category's score, and the @mentions found. Rules name policy entries, never the checked text.
/// </summary>
public sealed record Assessment(string PolicyVersion, PolicyAction Action, string? Category, IReadOnlyList<CategoryResult> Categories, IReadOnlyList<string> Mentions)
{
    public static Assessment Combine(string policyVersion, IReadOnlyList<CategoryResult> categories, IReadOnlyList<string> mentions)
    {
        var deciding = categories.Where(c => c.Action != PolicyAction.Allow)
            .OrderByDescending(c => c.Action).ThenByDescending(c => c.Score).FirstOrDefault();
        return new Assessment(policyVersion, deciding?.Action ?? PolicyAction.Allow, deciding?.Category, categories, mentions);
    }
}
