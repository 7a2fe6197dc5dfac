using Kino.Contracts;
using Kino.Media;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;
using Kino.VideoDiffusion.Pipeline;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kino.VideoDiffusion;

/// <summary>
/// The video stage: plans shots, samples the cascade (batched with concurrent jobs), reports progress per step,
/// and resamples to the requested size and frame rate. Extensions continue the source video from its last frames.
/// </summary>
public sealed class GenerateVideoConsumer(
    [FromKeyedServices(VideoDiffusionModule.ServiceName)] IDocumentStore store,
    IBlobStore blobs,
    VideoModels models,
    IOptionsMonitor<VideoOptions> options,
    IBus bus,
    RunningJobs running,
    ILogger<GenerateVideoConsumer> logger)
    : StageConsumer<GenerateVideo, VideoFramesGenerated>(store, logger)
{
    protected override string Stage => Stages.Video;

    protected override async Task<VideoFramesGenerated> ExecuteAsync(GenerateVideo command, Func<double> elapsed, CancellationToken ct)
    {
        var pipeline = models.Pipeline;
        using var workspace = new MediaWorkspace(blobs);
        float[]? firstFrame = null, previous = null;
        double seconds = command.Seconds, sourceSeconds = 0;
        if (command.InputReference is { } image)
        {
            var path = await workspace.DownloadAsync(image, "reference", ct);
            firstFrame = await ReadInputAsync(() => FrameIO.ReadImageAsync(path, pipeline.Base.Height, ct), "invalid_input_reference", "The input_reference image could not be decoded");
        }
        string? sourcePath = null;
        if (command.ExtendSource is { } source)
        {
            sourcePath = await workspace.DownloadAsync(source, "source.mp4", ct);
            sourceSeconds = await ReadInputAsync(() => Ffmpeg.DurationAsync(sourcePath, ct), "invalid_source_video", "The video to extend could not be read");
            previous = await ReadInputAsync(() => FrameIO.ReadLastFramesAsync(sourcePath, VideoPipeline.ContinuationFrames, pipeline.Base.Height, pipeline.Fps, ct),
                "invalid_source_video", "The video to extend could not be read");
            seconds = Math.Max(1, command.Seconds - Math.Round(sourceSeconds));
        }

        var shots = command.Storyboard is { Count: > 0 } storyboard
            ? storyboard.Select(s => new Shot(s.Prompt, s.Seconds)).ToList()
            : ShotPlanner.Plan(command.Prompt, seconds, 1 / pipeline.Fps);
        var request = new GenerationRequest(shots, command.Seed, options.CurrentValue.Sampling, firstFrame, previous);
        int total = pipeline.TotalSteps(request), done = 0;
        using var reporting = new CancellationTokenSource();
        var reporter = ReportProgressAsync(command, () => Volatile.Read(ref done) / (double)total, reporting.Token);
        var job = running.Start(command.JobId, ct);
        GeneratedFrames frames;
        try
        {
            frames = await pipeline.GenerateAsync(request, new Progress<int>(d => Volatile.Write(ref done, d)), job.Token);
        }
        catch (OperationCanceledException) when (job.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            // Deleted by its owner: report it as this stage's end; the orchestrator ignores results of cancelled jobs.
            throw new StageInputException(JobErrorCodes.Cancelled, "The video was deleted while it was being generated.");
        }
        finally
        {
            running.Finish(command.JobId, job);
            await reporting.CancelAsync();
            await reporter;
        }

        var output = workspace.PathOf("frames.mp4");
        var segment = sourcePath is null ? output : workspace.PathOf("extension.mp4");
        await FrameIO.EncodeAsync(frames.Frames, frames.Count, frames.Size, frames.Fps, command.Width, command.Height, command.Fps, seconds, segment, ct);
        if (sourcePath is not null) await FrameIO.ConcatAsync(sourcePath, segment, command.Width, command.Height, command.Fps, output, ct);
        logger.LogInformation("Job {JobId}: {Shots} shot(s), {Frames} base frames, seed {Seed}: base {BaseMs:F0} ms, super-resolution {SrMs:F0} ms",
            command.JobId, shots.Count, frames.Count, command.Seed, frames.BaseMs, frames.SuperResolutionMs);
        var blob = await workspace.UploadAsync("frames.mp4", BlobKeys.ForJob(command.JobId, $"video-{command.Attempt}.mp4"), "video/mp4", ct);
        // The scene description for the later stages: each shot's prompt and time (after the source, for an extension).
        double start = sourcePath is null ? 0 : Math.Round(sourceSeconds);
        var described = new List<ShotDescription>();
        foreach (var shot in shots) { described.Add(new ShotDescription(shot.Prompt, start, shot.Seconds)); start += shot.Seconds; }
        return new VideoFramesGenerated(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: false, elapsed(), blob, described);
    }

    /// <summary>Sends the share of sampling steps done to the orchestrator a few times a second while the job runs.</summary>
    private async Task ReportProgressAsync(GenerateVideo command, Func<double> fraction, CancellationToken stop)
    {
        double sent = 0;
        while (!stop.IsCancellationRequested)
        {
            try { await Task.Delay(TimeSpan.FromMilliseconds(250), stop); }
            catch (OperationCanceledException) { break; }
            double now = fraction();
            if (now - sent < 0.02) continue;
            sent = now;
            // Straight to the bus, not through the consume context: its outbox would hold progress until the stage ends.
            // Progress is worth little once late: a publish that cannot go out within 5 s (broker away) is dropped
            // rather than left waiting on the connection while it is being rebuilt.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await bus.Publish(new StageProgressed(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, Stage, command.Attempt, now), timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or MassTransitException)
            {
                logger.LogDebug("Job {JobId}: progress {Fraction:P0} not sent ({Error})", command.JobId, now, e.Message);
            }
        }
    }

    private static async Task<T> ReadInputAsync<T>(Func<Task<T>> read, string code, string message)
    {
        try { return await read(); }
        catch (Exception e) when (e is CliWrap.Exceptions.CommandExecutionException or InvalidDataException)
        {
            throw new StageInputException(code, $"{message}: {e.Message.Split('\n')[0]}");
        }
    }
}
