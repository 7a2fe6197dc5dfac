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
        Task SignAsync(string source, string target) => C2paEmbedder.SignAsync(source, target,
            hash => ManifestBuilder.BuildAsync(new ManifestRequest(o.GeneratorName, o.GeneratorVersion, o.VideoModel, command.ParentJobId, hash, jpeg, command.OccurredAt, parent,
                command.Cameos), credentials.Signer, ct), ct);
        await SignAsync(input, workspace.PathOf("signed.mp4"));
        var video = await workspace.UploadAsync("signed.mp4", BlobKeys.ForJob(command.JobId, $"provenance-{command.Attempt}.mp4"), "video/mp4", ct);
        // The copy without the visible watermark (when the owner's plan allows one) carries the same credentials.
        BlobRef? unmarked = null;
        if (command.UnmarkedVideo is { } unmarkedInput)
        {
            await SignAsync(await workspace.DownloadAsync(unmarkedInput, "unmarked.mp4", ct), workspace.PathOf("signed-unmarked.mp4"));
            unmarked = await workspace.UploadAsync("signed-unmarked.mp4", BlobKeys.ForJob(command.JobId, $"provenance-unmarked-{command.Attempt}.mp4"), "video/mp4", ct);
        }
        return new ProvenanceSigned(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: false, elapsed(), video, unmarked);
    }

    /// <summary>The parent video as an ingredient: its manifest store and what validating it found.</summary>
    private async Task<ParentVideo> ReadParentAsync(MediaWorkspace workspace, BlobRef blob, SignProvenance command, CancellationToken ct)
    {
        var path = await workspace.DownloadAsync(blob, "parent.mp4", ct);
        await using var stream = File.OpenRead(path);
        return ParentVideo.Read(stream, $"{(command.IsExtension ? "extension" : "remix")} of video_{command.ParentJobId:N}", anchors.Certificates, DateTimeOffset.UtcNow);
    }
}
