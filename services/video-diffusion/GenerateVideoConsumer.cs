using Kino.Contracts;
using Kino.Media;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;

namespace Kino.VideoDiffusion;

public sealed class GenerateVideoConsumer(
    [FromKeyedServices(VideoDiffusionModule.ServiceName)] IDocumentStore store,
    IBlobStore blobs,
    ILogger<GenerateVideoConsumer> logger)
    : StageConsumer<GenerateVideo, VideoFramesGenerated>(store, logger)
{
    protected override string Stage => Stages.Video;

    protected override async Task<VideoFramesGenerated> ExecuteAsync(GenerateVideo command, Func<double> elapsed, CancellationToken ct)
    {
        using var workspace = new MediaWorkspace(blobs);
        await Ffmpeg.RenderTestPatternAsync(command.Prompt, command.Width, command.Height, command.Seconds, command.Fps, workspace.PathOf("frames.mp4"), ct);
        var frames = await workspace.UploadAsync("frames.mp4", BlobKeys.ForJob(command.JobId, $"video-{command.Attempt}.mp4"), "video/mp4", ct);
        return new VideoFramesGenerated(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: true, elapsed(), frames);
    }
}
