namespace Kino.Moderation.Policy;

/// <summary>Rejects a policy file that would weaken the rules by mistake; a rejected reload keeps the running policy.</summary>
public static class PolicyValidator
{
    public const string AlwaysBlockedCategory = "sexual_minors";

    public static IReadOnlyList<string> Problems(ModerationPolicy policy)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(policy.Version)) problems.Add("version is empty");
        var duplicates = policy.Categories.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) problems.Add($"duplicate categories: {string.Join(", ", duplicates)}");
        foreach (var c in policy.Categories)
        {
            if (c.Threshold is <= 0 or > 1 || c.TeenThreshold is <= 0 or > 1) problems.Add($"{c.Id}: thresholds must be in (0, 1]");
            if (c.TeenThreshold > c.Threshold) problems.Add($"{c.Id}: the teen threshold may not be laxer than the adult one");
            if (c.TeenAction < c.Action) problems.Add($"{c.Id}: the teen action may not be laxer than the adult one");
            if (c.AlwaysBlocked && (c.Action != PolicyAction.Block || c.TeenAction != PolicyAction.Block))
                problems.Add($"{c.Id}: an always-blocked category must block for everyone");
        }
        if (policy.Categories.FirstOrDefault(c => c.Id == AlwaysBlockedCategory) is not { AlwaysBlocked: true })
            problems.Add($"{AlwaysBlockedCategory} must exist and be always blocked");
        if (!policy.Categories.Any(c => c.Id == policy.Output.NudityCategory)) problems.Add($"output.nudity_category '{policy.Output.NudityCategory}' is not a category");
        return problems;
    }
}
