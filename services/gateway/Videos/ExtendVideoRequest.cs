using System.Text.Json;
using Kino.Gateway.Api;

namespace Kino.Gateway.Videos;

/// <summary>
/// POST /v1/videos/extensions as OpenAI's SDKs send it: <c>prompt</c>, <c>seconds</c> and <c>video</c>, where video is
/// <c>{"id": "video_..."}</c> (JSON), a <c>video[id]</c> form field, or the id as a plain string.
/// </summary>
public sealed record ExtendVideoRequest(string Prompt, int Seconds, string VideoId)
{
    public static async Task<ExtendVideoRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        string? prompt = null, seconds = null, video = null;
        var contentType = request.ContentType ?? "";
        if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            JsonDocument document;
            try { document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct); }
            catch (JsonException e) { throw ApiError.BadRequest($"The request body is not valid JSON: {e.Message}", null, "invalid_json"); }
            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                    throw ApiError.BadRequest("The request body must be a JSON object.", null, "invalid_json");
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    var value = property.Value;
                    switch (property.Name)
                    {
                        case "prompt" when value.ValueKind == JsonValueKind.String: prompt = value.GetString(); break;
                        case "seconds" when value.ValueKind is JsonValueKind.String or JsonValueKind.Number:
                            seconds = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(); break;
                        case "video" when value.ValueKind == JsonValueKind.String: video = value.GetString(); break;
                        case "video" when value.ValueKind == JsonValueKind.Object && value.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String:
                            video = id.GetString(); break;
                        case "prompt" or "seconds" or "video":
                            throw ApiError.BadRequest($"'{property.Name}' has the wrong type.", property.Name, "invalid_type");
                        default:
                            throw ApiError.BadRequest($"Unknown parameter: '{property.Name}'.", property.Name, "unknown_parameter");
                    }
                }
            }
        }
        else if (contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.Count > 0)
                throw ApiError.BadRequest("Kino extends its own videos: pass 'video[id]' instead of uploading a file.", "video", "unsupported_video_upload");
            foreach (var key in form.Keys)
                if (key is not ("prompt" or "seconds" or "video" or "video[id]"))
                    throw ApiError.BadRequest($"Unknown parameter: '{key}'.", key, "unknown_parameter");
            prompt = form["prompt"].FirstOrDefault();
            seconds = form["seconds"].FirstOrDefault();
            video = form["video[id]"].FirstOrDefault() ?? form["video"].FirstOrDefault();
        }
        else
            throw new ApiError(400, "Send the request as application/json or multipart/form-data.", "unsupported_content_type");

        if (string.IsNullOrWhiteSpace(prompt))
            throw ApiError.BadRequest("'prompt' is required and must not be empty.", "prompt", "missing_required_parameter");
        if (string.IsNullOrWhiteSpace(video))
            throw ApiError.BadRequest("'video' is required: the id of the completed video to extend.", "video", "missing_required_parameter");
        var secondsText = seconds ?? "4";
        if (!int.TryParse(secondsText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            throw ApiError.BadRequest($"Unsupported value for 'seconds': '{secondsText}'. Supported values are: '4', '8', '12'.", "seconds");
        return new ExtendVideoRequest(prompt.Trim(), parsed, video);
    }
}
