namespace Kino.Contracts;

/// <summary>
/// A moderation decision on a job (public event): the phase ("prompt" or "output"), the decision ("allowed",
/// "age_gated", "blocked", "cameo_consent_required"), the deciding category and the policy version. An admin
/// override is published again with <see cref="OverriddenBy"/> set. Never carries the checked text.
/// </summary>
public sealed record ModerationDecided(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt,
    string OwnerId, string Phase, string Decision, string? Category, string PolicyVersion, string? OverriddenBy = null) : IJobMessage;
