using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kino.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace Kino.Provenance;

/// <summary>
/// Asks the watermark service whether a clip carries Kino's invisible marks, so the verify endpoints report them next
/// to the C2PA result (a clip whose metadata was stripped is still identified). Its URL is
/// <c>Kino:Provenance:WatermarkUrl</c>, or this process when the services run together.
/// </summary>
public sealed class WatermarkClient(HttpClient http, IOptions<ProvenanceOptions> options, IOptions<InternalApiOptions> internalApi, IServer server, ILogger<WatermarkClient> logger)
{
    /// <summary>The watermark service's answer: detected, video_id, confidence, false_positive_probability and its details; or an error entry.</summary>
    public async Task<JsonObject> DetectAsync(string file, CancellationToken ct)
    {
        try
        {
            var baseUrl = InternalAddress.Resolve(options.Value.WatermarkUrl, server);
            using var form = new MultipartFormDataContent();
            await using var stream = File.OpenRead(file);
            var part = new StreamContent(stream);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "file", "clip");
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(baseUrl), "/watermark/detections")) { Content = form };
            request.Headers.Add(InternalApiOptions.Header, internalApi.Value.InternalToken);
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (response.IsSuccessStatusCode && JsonNode.Parse(body) is JsonObject result) return result;
            var message = JsonNode.Parse(body)?["error"]?["message"]?.GetValue<string>() ?? $"status {(int)response.StatusCode}";
            return new JsonObject { ["detected"] = false, ["error"] = message };
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or InvalidOperationException)
        {
            logger.LogWarning(e, "Watermark detection is unavailable");
            return new JsonObject { ["detected"] = false, ["error"] = "watermark detection is unavailable" };
        }
    }
}
