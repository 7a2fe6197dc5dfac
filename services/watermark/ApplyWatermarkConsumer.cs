using Kino.Contracts;
using Kino.Media;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;

namespace Kino.Watermark;

public sealed class ApplyWatermarkConsumer(
    [FromKeyedServices(WatermarkModule.ServiceName)] IDocumentStore store,
    IBlobStore blobs,
    ILogger<ApplyWatermarkConsumer> logger)
    : StageConsumer<ApplyWatermark, Watermarked>(store, logger)
{
    protected override string Stage => Stages.Watermark;

    protected override async Task<Watermarked> ExecuteAsync(ApplyWatermark command, Func<double> elapsed, CancellationToken ct)
    {
        var video = await blobs.CopyAsync(command.Video, BlobKeys.ForJob(command.JobId, $"watermark-{command.Attempt}.mp4"), ct);
        return new Watermarked(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: true, elapsed(), video);
    }
}
