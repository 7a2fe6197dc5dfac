using Kino.Contracts;
using Kino.Media;
using Kino.Provenance.C2pa;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;
using Microsoft.Extensions.Options;

namespace Kino.Provenance;

/// <summary>The provenance stage: signs a C2PA manifest (with a thumbnail) into the video.</summary>
public sealed class SignProvenanceConsumer(
    [FromKeyedServices(ProvenanceModule.ServiceName)] IDocumentStore store,
    IBlobStore blobs, SigningCredentials credentials, TrustAnchors anchors, IOptions<ProvenanceOptions> options,
    ILogger<SignProvenanceConsumer> logger)
    : StageConsumer<SignProvenance, ProvenanceSigned>(store, logger)
{
    protected override string Stage => Stages.Provenance;

    protected override async Task<ProvenanceSigned> ExecuteAsync(SignProvenance command, Func<double> elapsed, CancellationToken ct)
    {
        using var workspace = new MediaWorkspace(blobs);
        var input = await workspace.DownloadAsync(command.Video, "input.mp4", ct);
        var thumbnail = workspace.PathOf("thumbnail.jpg");
        await MediaTool.RunAsync("ffmpeg", ["-y", "-v", "error", "-ss", "0.5", "-i", input, "-frames:v", "1", "-vf", "scale=320:-2", "-q:v", "5", thumbnail], ct);
        var jpeg = await File.ReadAllBytesAsync(thumbnail, ct);
        var o = options.Value;
        var parent = command.ParentVideo is { } parentBlob ? await ReadParentAsync(workspace, parentBlob, command, ct) : null;
        await C2paEmbedder.SignAsync(input, workspace.PathOf("signed.mp4"),
            hash => ManifestBuilder.BuildAsync(new ManifestRequest(o.GeneratorName, o.GeneratorVersion, o.VideoModel, command.ParentJobId, hash, jpeg, command.OccurredAt, parent), credentials.Signer, ct), ct);
        var video = await workspace.UploadAsync("signed.mp4", BlobKeys.ForJob(command.JobId, $"provenance-{command.Attempt}.mp4"), "video/mp4", ct);
        return new ProvenanceSigned(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: false, elapsed(), video);
    }

    /// <summary>The parent video as an ingredient: its manifest store and what validating it found.</summary>
    private async Task<ParentVideo> ReadParentAsync(MediaWorkspace workspace, BlobRef blob, SignProvenance command, CancellationToken ct)
    {
        var path = await workspace.DownloadAsync(blob, "parent.mp4", ct);
        await using var stream = File.OpenRead(path);
        return ParentVideo.Read(stream, $"{(command.IsExtension ? "extension" : "remix")} of video_{command.ParentJobId:N}", anchors.Certificates, DateTimeOffset.UtcNow);
    }
}
