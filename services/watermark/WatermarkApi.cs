using Kino.ServiceDefaults.Hosting;
using Kino.Watermark.Registry;
using Microsoft.Extensions.Options;

namespace Kino.Watermark;

/// <summary>
/// <c>POST /watermark/detections</c> (internal; the provenance service's verify endpoints call it): reads both invisible
/// marks from an uploaded clip and looks the key up. A key counts as detected only when it decodes below the
/// configured false-positive probability and belongs to a Kino video.
/// </summary>
public static class WatermarkApi
{
    public static void MapWatermarkApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapInternalApi("/watermark");
        api.MapPost("/detections", async (HttpRequest request, WatermarkEngine engine, WatermarkRegistry registry, IOptions<WatermarkOptions> options, CancellationToken ct) =>
        {
            if (!request.HasFormContentType || (await request.ReadFormAsync(ct)).Files.GetFile("file") is not { Length: > 0 } file)
                return InternalApi.Error(400, "Send the clip as multipart/form-data in a part named 'file'.", "missing_required_parameter", "file");
            var path = Path.Combine(Path.GetTempPath(), "kino-detect-" + Guid.NewGuid().ToString("N"));
            try
            {
                await using (var target = File.Create(path)) await file.CopyToAsync(target, ct);
                WatermarkReading reading;
                try { reading = await engine.ReadAsync(path, options.Value.DetectSeconds, ct); }
                // ffmpeg's own message would show the server's scratch path: the caller gets the verdict only.
                catch (Kino.Media.MediaToolException) { return InternalApi.Error(400, "The file is not a readable video or audio file.", "unsupported_file", "file"); }
                catch (Kino.Media.PictureTooLargeException)
                {
                    return InternalApi.Error(400, $"The file's picture is larger than {WatermarkEngine.MaxReadPixels:N0} pixels a frame; marks are read from up to 4K.", "picture_too_large", "file");
                }
                var record = reading.Key is { } key && reading.FalsePositiveProbability <= options.Value.MaxFalsePositiveProbability
                    ? await registry.LookupAsync(key, ct) : null;
                return Results.Json(new
                {
                    detected = record is not null,
                    video_id = record is null ? null : $"video_{record.JobId:N}",
                    owner = record?.OwnerId,
                    created_at = record?.CreatedAt.ToUnixTimeSeconds(),
                    confidence = Math.Round(reading.Confidence, 4),
                    false_positive_probability = reading.FalsePositiveProbability,
                    analysed_seconds = Math.Round(reading.AnalysedSeconds, 2),
                    video = Describe(reading.Video),
                    audio = Describe(reading.Audio),
                });
            }
            finally
            {
                File.Delete(path);
            }
        }).DisableAntiforgery();
    }

    private static object? Describe(ModalityResult? m) => m is null ? null : new
    {
        decoded = m.Decoded,
        bit_accuracy = m.Decoded ? Math.Round(m.BitAccuracy, 4) : (double?)null,
        sync_score = Math.Round(m.SyncScore, 2),
        false_positive_probability = m.FalsePositiveProbability,
    };
}
