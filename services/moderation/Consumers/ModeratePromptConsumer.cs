using System.Diagnostics;
using Kino.Contracts;
using Kino.Moderation.Checks;
using Kino.Moderation.Decisions;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;
using MassTransit;

namespace Kino.Moderation.Consumers;

/// <summary>The moderation stage before generation: checks the prompt and records the decision.</summary>
public sealed class ModeratePromptConsumer(
    [FromKeyedServices(ModerationModule.ServiceName)] IDocumentStore store,
    PromptModerator moderator, CameoConsentClient cameos, DecisionRecorder recorder, IPublishEndpoint publisher,
    ILogger<ModeratePromptConsumer> logger)
    : StageConsumer<ModeratePrompt, PromptModerated>(store, logger)
{
    protected override string Stage => Stages.Moderation;

    protected override async Task<PromptModerated> ExecuteAsync(ModeratePrompt command, Func<double> elapsed, CancellationToken ct)
    {
        // Cameos named by @handle or by id: their owners' consent first, then the policy with consented mentions exempt.
        var handles = PromptModerator.MentionsIn(command.Prompt);
        var ids = command.CharacterIds ?? [];
        var consent = handles.Count + ids.Count == 0 ? [] : await cameos.CheckAsync(new ConsentCheckRequest(command.JobId, command.OwnerId, command.Prompt, handles, ids), ct);
        var allowed = consent.Where(c => c.Allowed && c.Cameo is not null).ToList();
        // A minor's cameo (usable by its owner only) brings the teen rules with it.
        bool teen = command.Teen || allowed.Any(c => c.Cameo!.Minor);

        var clock = Stopwatch.StartNew();
        var assessment = moderator.Check(command.Prompt, teen, allowed.Select(c => c.Reference).ToHashSet(),
            consent.Where(c => !c.Allowed && !c.Reference.StartsWith('@')).Select(c => c.Reference).ToList());
        var (restricted, restrictionReasons) = CameoRestrictions.Check(command.Prompt, allowed);
        if (restricted is not null) assessment = Assessment.Combine(assessment.PolicyVersion, [.. assessment.Categories, restricted], assessment.Mentions);
        var latency = clock.Elapsed.TotalMilliseconds;
        var verdict = await recorder.RecordAsync(command, command.OwnerId, teen, DecisionStore.PromptPhase, command.Prompt, assessment, latency, null, publisher, ct);
        if (verdict.ErrorCode == JobErrorCodes.CameoConsentRequired)
        {
            // Say exactly which cameo and why, in the consent's own words.
            var reasons = consent.Where(c => !c.Allowed).Select(c => c.Reason!).Concat(restrictionReasons).ToList();
            if (reasons.Count > 0) verdict = verdict with { Reason = string.Join(" ", reasons) };
        }
        return new PromptModerated(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: false, elapsed(),
            verdict.Allowed, verdict.Category, verdict.Reason, verdict.ErrorCode, verdict.AgeGated, verdict.Allowed ? allowed.Select(c => c.Cameo!).ToList() : null);
    }
}
