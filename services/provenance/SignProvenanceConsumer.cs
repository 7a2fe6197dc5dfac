using Kino.Contracts;
using Kino.Media;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;

namespace Kino.Provenance;

public sealed class SignProvenanceConsumer(
    [FromKeyedServices(ProvenanceModule.ServiceName)] IDocumentStore store,
    IBlobStore blobs,
    ILogger<SignProvenanceConsumer> logger)
    : StageConsumer<SignProvenance, ProvenanceSigned>(store, logger)
{
    protected override string Stage => Stages.Provenance;

    protected override async Task<ProvenanceSigned> ExecuteAsync(SignProvenance command, Func<double> elapsed, CancellationToken ct)
    {
        var video = await blobs.CopyAsync(command.Video, BlobKeys.ForJob(command.JobId, $"provenance-{command.Attempt}.mp4"), ct);
        return new ProvenanceSigned(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: true, elapsed(), video);
    }
}
