using Kino.Contracts;
using Kino.Media;
using Kino.ServiceDefaults.Hosting;
using Kino.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace Kino.LipSync.Faces;

/// <summary>A cameo's face, decoded: square RGB24 pixels.</summary>
public sealed record CameoFace(byte[] Rgb, int Size);

public sealed class LipSyncOptions
{
    public const string Section = "Kino:LipSync";

    /// <summary>The cameo service that hands out faces; empty means this process (all-in-one).</summary>
    public string? CameoUrl { get; set; }
}

/// <summary>
/// Fetches a cameo's face from the cameo service for one job. The cameo service checks consent again at that moment:
/// a refusal (revoked meanwhile) fails the stage with cameo_consent_required, and nothing of the face is kept.
/// </summary>
public sealed class CameoFaceClient(HttpClient http, IOptions<LipSyncOptions> options, IOptions<InternalApiOptions> internalApi, IServer server)
{
    public const int Size = 256;

    public async Task<CameoFace> FetchAsync(CameoRef cameo, Guid jobId, string workFolder, CancellationToken ct)
    {
        var url = new Uri(new Uri(InternalAddress.Resolve(options.Value.CameoUrl, server)), $"/internal/cameos/{Uri.EscapeDataString(cameo.CameoId)}/face?job={jobId}");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(InternalApiOptions.Header, internalApi.Value.InternalToken);
        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode == System.Net.HttpStatusCode.Forbidden)
            throw new StageInputException(JobErrorCodes.CameoConsentRequired, $"The cameo @{cameo.Handle} may not be used in this video any more: its owner's consent ended.");
        response.EnsureSuccessStatusCode();
        var png = Path.Combine(workFolder, "cameo-face.png");
        await using (var file = File.Create(png)) await response.Content.CopyToAsync(file, ct);
        try
        {
            var frames = await MediaInfo.ReadFramesAsync(png, "rgb24", Size, Size, 3, ct);
            return new CameoFace(frames[0], Size);
        }
        finally
        {
            File.Delete(png);
        }
    }
}
