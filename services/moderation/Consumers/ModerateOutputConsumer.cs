using System.Diagnostics;
using Kino.Contracts;
using Kino.Media;
using Kino.Moderation.Checks;
using Kino.Moderation.Decisions;
using Kino.Moderation.Policy;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;
using MassTransit;

namespace Kino.Moderation.Consumers;

/// <summary>
/// The moderation stage after generation: the transcript the audio stage spoke goes through the prompt checks again,
/// and sampled frames through the skin-region nudity check. Faces of people without consent are checked once cameos exist.
/// </summary>
public sealed class ModerateOutputConsumer(
    [FromKeyedServices(ModerationModule.ServiceName)] IDocumentStore store, IBlobStore blobs,
    PromptModerator moderator, PolicyProvider policies, DecisionRecorder recorder, IPublishEndpoint publisher,
    ILogger<ModerateOutputConsumer> logger)
    : StageConsumer<ModerateOutput, OutputModerated>(store, logger)
{
    protected override string Stage => Stages.OutputModeration;

    protected override async Task<OutputModerated> ExecuteAsync(ModerateOutput command, Func<double> elapsed, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var policy = policies.Current.Policy;
        using var workspace = new MediaWorkspace(blobs);
        var video = await workspace.DownloadAsync(command.Video, "video.mp4", ct);
        var frames = await FrameChecker.MeasureAsync(video, policy.Output, workspace.Folder, ct);
        var transcript = command.Transcript ?? "";
        var spoken = moderator.Check(transcript, command.Teen);
        var nudity = FrameChecker.Judge(frames, policies.Current.Category(policy.Output.NudityCategory), policy.Output, command.Teen);
        // A category's result is the stronger of what was said and what was shown.
        var categories = spoken.Categories.Select(c => c.Category == nudity.Category && nudity.Action > c.Action
            ? c with { Score = Math.Max(c.Score, nudity.Score), Action = nudity.Action, Rules = [.. c.Rules, .. nudity.Rules] }
            : c).ToList();
        var assessment = Assessment.Combine(spoken.PolicyVersion, categories, spoken.Mentions);
        var verdict = await recorder.RecordAsync(command, command.OwnerId, command.Teen, DecisionStore.OutputPhase, transcript, assessment,
            clock.Elapsed.TotalMilliseconds, frames, publisher, ct);
        return new OutputModerated(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: false, elapsed(),
            verdict.Allowed, verdict.Category, verdict.Reason, verdict.ErrorCode, verdict.AgeGated);
    }
}
