using Kino.Contracts;
using Kino.LipSync.Faces;
using Kino.Media;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;

namespace Kino.LipSync;

/// <summary>
/// The lip-sync stage: when the sound track speaks (it has phoneme timings), the speaking character gets a face whose
/// mouth follows the visemes, and the sync is measured on the rendered frames; otherwise picture and sound are muxed.
/// </summary>
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
        if (command.Phonemes.Count > 0)
        {
            var sync = await TalkingFaceRenderer.RenderAsync(frames, audio, command.Phonemes, seconds, workspace.PathOf("video.mp4"), ct);
            logger.LogInformation("Lip-sync of {JobId}: mouth {Offset:+0;-0;0} frames from the speech, correlation {Correlation:F2}", command.JobId, sync.OffsetFrames, sync.Correlation);
        }
        else await Ffmpeg.MuxAsync(frames, audio, seconds, workspace.PathOf("video.mp4"), ct);
        var video = await workspace.UploadAsync("video.mp4", BlobKeys.ForJob(command.JobId, $"lipsync-{command.Attempt}.mp4"), "video/mp4", ct);
        return new LipSynced(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: false, elapsed(), video);
    }
}
