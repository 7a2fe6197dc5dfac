using Kino.Contracts;
using Kino.Media;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;

namespace Kino.LipSync;

public sealed class LipSyncConsumer(
    [FromKeyedServices(LipSyncModule.ServiceName)] IDocumentStore store,
    IBlobStore blobs,
    ILogger<LipSyncConsumer> logger)
    : StageConsumer<Contracts.LipSync, LipSynced>(store, logger)
{
    protected override string Stage => Stages.LipSync;

    protected override async Task<LipSynced> ExecuteAsync(Contracts.LipSync command, Func<double> elapsed, CancellationToken ct)
    {
        using var workspace = new MediaWorkspace(blobs);
        var frames = await workspace.DownloadAsync(command.Frames, "frames.mp4", ct);
        var audio = await workspace.DownloadAsync(command.Audio, "audio.wav", ct);
        var seconds = await Ffmpeg.DurationAsync(frames, ct);
        await Ffmpeg.MuxAsync(frames, audio, seconds, workspace.PathOf("video.mp4"), ct);
        var video = await workspace.UploadAsync("video.mp4", BlobKeys.ForJob(command.JobId, $"lipsync-{command.Attempt}.mp4"), "video/mp4", ct);
        return new LipSynced(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: true, elapsed(), video);
    }
}
