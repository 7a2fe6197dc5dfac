using Kino.Contracts;
using Kino.Media;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;
using Kino.Watermark.Registry;
using Kino.Watermark.Visible;
using Microsoft.Extensions.Options;

namespace Kino.Watermark;

/// <summary>
/// The watermark stage: gives the job its key and writes the marks into its video; when the owner's plan allows it,
/// also a copy without the visible mark (the invisible marks are always there).
/// </summary>
public sealed class ApplyWatermarkConsumer(
    [FromKeyedServices(WatermarkModule.ServiceName)] IDocumentStore store,
    IBlobStore blobs, WatermarkEngine engine, WatermarkRegistry registry, IOptions<WatermarkOptions> options,
    ILogger<ApplyWatermarkConsumer> logger)
    : StageConsumer<ApplyWatermark, Watermarked>(store, logger)
{
    protected override string Stage => Stages.Watermark;

    protected override async Task<Watermarked> ExecuteAsync(ApplyWatermark command, Func<double> elapsed, CancellationToken ct)
    {
        var key = await registry.KeyForJobAsync(command.JobId, command.OwnerId, command.OccurredAt, ct);
        using var workspace = new MediaWorkspace(blobs);
        var input = await workspace.DownloadAsync(command.Video, "input.mp4", ct);
        var visible = options.Value.VisibleMark ? VisibleMark.Filter(command.CreatorHandle) : null;
        bool unmarkedCopy = command.UnmarkedCopy && visible is not null;
        await engine.EmbedAsync(input, workspace.PathOf("marked.mp4"), key, visible, ct, unmarkedCopy ? workspace.PathOf("unmarked.mp4") : null);
        var video = await workspace.UploadAsync("marked.mp4", BlobKeys.ForJob(command.JobId, $"watermark-{command.Attempt}.mp4"), "video/mp4", ct);
        var unmarked = unmarkedCopy
            ? await workspace.UploadAsync("unmarked.mp4", BlobKeys.ForJob(command.JobId, $"watermark-unmarked-{command.Attempt}.mp4"), "video/mp4", ct)
            : null;
        return new Watermarked(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: false, elapsed(), video, WatermarkRegistry.Hex(key), unmarked);
    }
}
