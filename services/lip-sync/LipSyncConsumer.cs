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
    CameoFaceClient cameoFaces,
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
        // The first cameo in the video is the speaking character; its face is fetched now, with consent checked again.
        var cameo = command.Cameos is { Count: > 0 } cameos ? await cameoFaces.FetchAsync(cameos[0], command.JobId, workspace.Folder, ct) : null;
        if (command.Phonemes.Count > 0 || cameo is not null)
        {
            var sync = await TalkingFaceRenderer.RenderAsync(frames, audio, command.Phonemes, seconds, workspace.PathOf("video.mp4"), ct, cameo);
            logger.LogInformation("Lip-sync of {JobId} ({Face} face): mouth {Offset:+0;-0;0} frames from the speech, correlation {Correlation:F2}", command.JobId,
                cameo is null ? "cartoon" : "cameo @" + command.Cameos![0].Handle, sync.OffsetFrames, sync.Correlation);
        }
        else await Ffmpeg.MuxAsync(frames, audio, seconds, workspace.PathOf("video.mp4"), ct);
        var video = await workspace.UploadAsync("video.mp4", BlobKeys.ForJob(command.JobId, $"lipsync-{command.Attempt}.mp4"), "video/mp4", ct);
        return new LipSynced(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: false, elapsed(), video);
    }
}
