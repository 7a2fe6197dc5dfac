using Kino.Contracts;
using Kino.Storage;
using MassTransit;

namespace Kino.Orchestrator.Jobs;

/// <summary>Everything that moves a job: requests, cancellations, every stage's result, rejection and fault.</summary>
public sealed class JobEventsConsumer(JobStore jobs, JobUpdater updater, IBlobStore blobs, TimeProvider clock) :
    IConsumer<VideoRequested>, IConsumer<VideoCancelled>, IConsumer<StageFailed>, IConsumer<StageProgressed>,
    IConsumer<PromptModerated>, IConsumer<VideoFramesGenerated>, IConsumer<AudioSynthesized>, IConsumer<LipSynced>,
    IConsumer<OutputModerated>, IConsumer<Watermarked>, IConsumer<ProvenanceSigned>, IConsumer<VideoPublished>, IConsumer<ModerationDecided>,
    IConsumer<Fault<ModeratePrompt>>, IConsumer<Fault<ModerateOutput>>, IConsumer<Fault<GenerateVideo>>, IConsumer<Fault<SynthesizeAudio>>, IConsumer<Fault<LipSync>>,
    IConsumer<Fault<ApplyWatermark>>, IConsumer<Fault<SignProvenance>>, IConsumer<Fault<PublishVideo>>
{
    public async Task Consume(ConsumeContext<VideoRequested> context)
    {
        var (job, transition) = updater.Machine.Create(context.Message, clock.GetUtcNow());
        if (await jobs.TryCreateAsync(job, context.CancellationToken))
            await JobUpdater.PublishAsync(transition, context, context.CancellationToken);
        else // Redelivered request: resume rather than start twice.
            await updater.UpdateAsync(job.Id, updater.Machine.Resume, context, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<VideoCancelled> context)
    {
        await updater.UpdateAsync(context.Message.JobId, updater.Machine.Cancel, context, context.CancellationToken);
        await blobs.DeletePrefixAsync(BlobKeys.ForJob(context.Message.JobId, ""), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<StageFailed> context) =>
        Update(context, (job, now) => updater.Machine.OnStageFailed(job, context.Message.Stage, context.Message.Attempt, context.Message.Code, context.Message.Message, now));

    public Task Consume(ConsumeContext<StageProgressed> context) =>
        Update(context, (job, now) => updater.Machine.OnStageProgress(job, context.Message.Stage, context.Message.Attempt, context.Message.Fraction, now));

    public Task Consume(ConsumeContext<PromptModerated> context) => Result(context, Stages.Moderation);
    public Task Consume(ConsumeContext<VideoFramesGenerated> context) => Result(context, Stages.Video);
    public Task Consume(ConsumeContext<AudioSynthesized> context) => Result(context, Stages.Audio);
    public Task Consume(ConsumeContext<LipSynced> context) => Result(context, Stages.LipSync);
    public Task Consume(ConsumeContext<OutputModerated> context) => Result(context, Stages.OutputModeration);
    public Task Consume(ConsumeContext<Watermarked> context) => Result(context, Stages.Watermark);
    public Task Consume(ConsumeContext<ProvenanceSigned> context) => Result(context, Stages.Provenance);
    public Task Consume(ConsumeContext<VideoPublished> context) => Result(context, Stages.Publish);

    public Task Consume(ConsumeContext<Fault<ModeratePrompt>> context) => Fault(context, Stages.Moderation);
    public Task Consume(ConsumeContext<Fault<ModerateOutput>> context) => Fault(context, Stages.OutputModeration);
    public Task Consume(ConsumeContext<Fault<GenerateVideo>> context) => Fault(context, Stages.Video);
    public Task Consume(ConsumeContext<Fault<SynthesizeAudio>> context) => Fault(context, Stages.Audio);
    public Task Consume(ConsumeContext<Fault<LipSync>> context) => Fault(context, Stages.LipSync);
    public Task Consume(ConsumeContext<Fault<ApplyWatermark>> context) => Fault(context, Stages.Watermark);
    public Task Consume(ConsumeContext<Fault<SignProvenance>> context) => Fault(context, Stages.Provenance);
    public Task Consume(ConsumeContext<Fault<PublishVideo>> context) => Fault(context, Stages.Publish);

    /// <summary>An admin's override that allows a blocked job lets it continue.</summary>
    public Task Consume(ConsumeContext<ModerationDecided> context) =>
        context.Message is { OverriddenBy: not null, Decision: "allowed" } decided
            ? Update(context, (job, now) => updater.Machine.OnModerationOverride(job, decided.Phase == "output" ? Stages.OutputModeration : Stages.Moderation, now))
            : Task.CompletedTask;

    private async Task Result<T>(ConsumeContext<T> context, string stage) where T : class, IStageResult
    {
        var job = await Update(context, (job, now) => updater.Machine.OnResult(job, stage, context.Message, now));
        if (job?.Status == JobStatus.Cancelled) // a stage finished after the video was deleted: drop its output too
            await blobs.DeletePrefixAsync(BlobKeys.ForJob(context.Message.JobId, ""), context.CancellationToken);
    }

    private Task Fault<T>(ConsumeContext<Fault<T>> context, string stage) where T : class, IStageCommand
    {
        var command = context.Message.Message;
        var reason = context.Message.Exceptions.FirstOrDefault()?.Message ?? "unknown error";
        if (reason.Length > 300) reason = reason[..300];
        return Update(context, (job, now) => updater.Machine.OnStageFailed(job, stage, command.Attempt, JobErrorCodes.StageFailed,
            $"The {stage} stage failed: {reason}", now), command.JobId);
    }

    private Task<Job?> Update<T>(ConsumeContext<T> context, Func<Job, DateTimeOffset, Transition> transition, Guid? jobId = null) where T : class =>
        updater.UpdateAsync(jobId ?? ((IJobMessage)context.Message).JobId, transition, context, context.CancellationToken);
}
