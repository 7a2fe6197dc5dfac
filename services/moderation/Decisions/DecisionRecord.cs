using Kino.Moderation.Checks;
using Kino.Moderation.Policy;

namespace Kino.Moderation.Decisions;

/// <summary>The decision names the API and the <c>ModerationDecided</c> event use.</summary>
public static class DecisionNames
{
    public const string Allowed = "allowed";
    public const string AgeGated = "age_gated";
    public const string Blocked = "blocked";
    public const string CameoConsentRequired = "cameo_consent_required";

    public static string Of(PolicyAction action) => action switch
    {
        PolicyAction.Allow => Allowed,
        PolicyAction.AgeGate => AgeGated,
        PolicyAction.RequireCameoConsent => CameoConsentRequired,
        _ => Blocked,
    };
}

/// <summary>
/// One phase's decision ("prompt" or "output"): category scores, matched rules, policy version, decision and latency.
/// The checked text itself is not kept, only its SHA-256, so a record can be matched to a text an admin holds.
/// </summary>
public sealed record PhaseDecision(
    string Phase, int Attempt, DateTimeOffset DecidedAt, string PolicyVersion, string Decision, string? Category,
    IReadOnlyList<CategoryResult> Categories, IReadOnlyList<string> Mentions, string TextSha256, double LatencyMs,
    IReadOnlyList<FrameFinding>? Frames = null);

/// <summary>An admin's decision that replaced moderation's.</summary>
public sealed record DecisionOverride(string Phase, string Decision, string AdminOwnerId, string Reason, DateTimeOffset At);

/// <summary>Everything moderation decided about one job, queryable by admins.</summary>
public sealed record DecisionRecord(Guid JobId, string OwnerId, bool Teen, PhaseDecision? Prompt, PhaseDecision? Output, IReadOnlyList<DecisionOverride> Overrides)
{
    public PhaseDecision? PhaseOf(string phase) => phase == DecisionStore.OutputPhase ? Output : Prompt;
}
