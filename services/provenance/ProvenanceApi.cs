using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kino.Provenance.C2pa;
using Kino.ServiceDefaults.Hosting;
using Microsoft.Extensions.Options;

namespace Kino.Provenance;

/// <summary>
/// Verification through the gateway: OpenAI's <c>POST /v1/content_provenance_checks</c> and Kino's richer
/// <c>POST /v1/provenance/verify</c> (the C2PA status codes and the active manifest). Both take a multipart <c>file</c>.
/// </summary>
public static class ProvenanceApi
{
    private static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void MapProvenanceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapInternalApi("/provenance");
        api.MapPost("/content_provenance_checks", (HttpRequest request, TrustAnchors anchors, WatermarkClient watermarks, CancellationToken ct) =>
            WithUploadAsync(request, anchors, watermarks, ct, (report, watermark) => Results.Json(new
            {
                created_at = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                @object = "content_provenance_check",
                results = new[]
                {
                    new
                    {
                        type = "c2pa",
                        outcome = report.ValidationState is "trusted" or "valid" ? "detected" : "not_detected",
                        validation_state = report.ValidationState,
                        issuer = report.Manifest?.SignerIssuer,
                        model = report.Manifest?.SoftwareAgent,
                        generated_at = report.Manifest?.CreatedAt,
                    },
                },
                watermark = Summary(watermark),
            })));
        api.MapPost("/verify", (HttpRequest request, TrustAnchors anchors, WatermarkClient watermarks, CancellationToken ct) =>
            WithUploadAsync(request, anchors, watermarks, ct, (report, watermark) =>
            {
                var json = JsonSerializer.SerializeToNode(report, SnakeCase)!.AsObject();
                json["watermark"] = watermark;
                return Results.Json(json);
            }));
    }

    /// <summary>The watermark result in the shape both endpoints share: detected, video_id, confidence, false_positive_probability.</summary>
    private static JsonObject Summary(JsonObject watermark)
    {
        var summary = new JsonObject();
        foreach (var name in new[] { "detected", "video_id", "confidence", "false_positive_probability", "error" })
            if (watermark[name] is { } value) summary[name] = value.DeepClone();
        return summary;
    }

    private static IResult Error(string message, string code) => InternalApi.Error(400, message, code, "file");

    /// <summary>Streams the upload to a scratch file, verifies it from there (C2PA here, watermarks by the watermark service), and removes it.</summary>
    private static async Task<IResult> WithUploadAsync(HttpRequest request, TrustAnchors anchors, WatermarkClient watermarks, CancellationToken ct,
        Func<VerificationReport, JsonObject, IResult> respond)
    {
        if (!request.HasFormContentType) return Error("Send the file as multipart/form-data in a part named 'file'.", "missing_required_parameter");
        var form = await request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { Length: > 0 } file) return Error("A non-empty 'file' part is required.", "missing_required_parameter");
        var path = Path.Combine(Path.GetTempPath(), "kino-verify-" + Guid.NewGuid().ToString("N"));
        Task<JsonObject>? watermark = null;
        try
        {
            await using (var target = File.Create(path)) await file.CopyToAsync(target, ct);
            watermark = watermarks.DetectAsync(path, ct);   // runs beside the C2PA check
            VerificationReport report;
            await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
                report = C2paVerifier.Verify(stream, anchors.Certificates, DateTimeOffset.UtcNow);
            return respond(report, await watermark);
        }
        catch (BmffFormatException e)
        {
            return Error($"The file is not a readable MP4: {e.Message}", "unsupported_file");
        }
        finally
        {
            if (watermark is not null) await watermark;   // never delete the file under a running detection
            File.Delete(path);
        }
    }
}

/// <summary>The certificates a verification trusts: Kino's own signing root (unless switched off) and the configured file.</summary>
public sealed class TrustAnchors
{
    public X509Certificate2Collection Certificates { get; } = [];

    public TrustAnchors(SigningCredentials credentials, IOptions<ProvenanceOptions> options)
    {
        if (options.Value.TrustOwnRoot) Certificates.Add(credentials.Root);
        if (!string.IsNullOrEmpty(options.Value.TrustAnchorsFile)) Certificates.ImportFromPemFile(options.Value.TrustAnchorsFile);
    }
}
