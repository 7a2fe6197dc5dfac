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
    PromptModerator moderator, DecisionRecorder recorder, IPublishEndpoint publisher,
    ILogger<ModeratePromptConsumer> logger)
    : StageConsumer<ModeratePrompt, PromptModerated>(store, logger)
{
    protected override string Stage => Stages.Moderation;

    protected override async Task<PromptModerated> ExecuteAsync(ModeratePrompt command, Func<double> elapsed, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var assessment = moderator.Check(command.Prompt, command.Teen);
        var latency = clock.Elapsed.TotalMilliseconds;
        var verdict = await recorder.RecordAsync(command, command.OwnerId, command.Teen, DecisionStore.PromptPhase, command.Prompt, assessment, latency, null, publisher, ct);
        return new PromptModerated(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: false, elapsed(),
            verdict.Allowed, verdict.Category, verdict.Reason, verdict.ErrorCode, verdict.AgeGated);
    }
}
