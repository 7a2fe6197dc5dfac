using System.Security.Cryptography;
using System.Text;
using Kino.Contracts;
using Kino.Moderation.Checks;
using Kino.Moderation.Policy;
using MassTransit;

namespace Kino.Moderation.Decisions;

/// <summary>What a stage result says about a decision: allowed or not, the error code and a reason that never quotes the text.</summary>
public sealed record Verdict(bool Allowed, string? Category, string? Reason, string? ErrorCode, bool AgeGated);

/// <summary>Records a phase's decision, publishes <see cref="ModerationDecided"/> and logs it — by category, never with the text.</summary>
public sealed class DecisionRecorder(DecisionStore decisions, ILogger<DecisionRecorder> logger)
{
    public async Task<Verdict> RecordAsync(IStageCommand command, string ownerId, bool teen, string phase, string checkedText, Assessment assessment,
        double latencyMs, IReadOnlyList<FrameFinding>? frames, IPublishEndpoint publisher, CancellationToken ct)
    {
        var decision = DecisionNames.Of(assessment.Action);
        var record = new PhaseDecision(phase, command.Attempt, DateTimeOffset.UtcNow, assessment.PolicyVersion, decision, assessment.Category,
            assessment.Categories, assessment.Mentions, Sha256(checkedText), Math.Round(latencyMs, 3), frames);
        await decisions.RecordAsync(command.JobId, ownerId, teen, record, ct);
        await publisher.Publish(new ModerationDecided(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, ownerId, phase, decision,
            assessment.Category, assessment.PolicyVersion), ct);
        logger.LogInformation("Moderation {Phase} of job {JobId}: {Decision} (category {Category}, policy {PolicyVersion}, {LatencyMs:F2} ms)",
            phase, command.JobId, decision, assessment.Category ?? "none", assessment.PolicyVersion, latencyMs);
        return VerdictOf(assessment, phase);
    }

    public static Verdict VerdictOf(Assessment assessment, string phase)
    {
        var what = phase == DecisionStore.OutputPhase ? "The generated video" : "The prompt";
        return assessment.Action switch
        {
            PolicyAction.Allow => new Verdict(true, null, null, null, false),
            PolicyAction.AgeGate => new Verdict(true, assessment.Category, null, null, true),
            PolicyAction.RequireCameoConsent => new Verdict(false, assessment.Category,
                $"{what} mentions a person ({string.Join(", ", assessment.Mentions)}); using someone's likeness needs their cameo consent, which this account does not have.",
                JobErrorCodes.CameoConsentRequired, false),
            _ => new Verdict(false, assessment.Category,
                $"{what} was blocked by the content policy (category: {assessment.Category}, policy {assessment.PolicyVersion}).",
                JobErrorCodes.ModerationBlocked, false),
        };
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
