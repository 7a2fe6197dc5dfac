using System.Text.Json;
using Kino.ServiceDefaults.Hosting;
using Microsoft.Extensions.Options;

namespace Kino.Events;

/// <summary>
/// Webhook endpoints, reached through the gateway as <c>/v1/webhooks</c>: each belongs to the caller (the admin may
/// manage any). The secret is shown when an endpoint is made and when it is rotated, never again.
/// </summary>
public static class WebhooksApi
{
    public static void MapWebhooksApi(this WebApplication app)
    {
        var hooks = app.MapCallerApi("/events/webhooks");
        hooks.MapPost("", CreateAsync);
        hooks.MapGet("", async (HttpRequest r, WebhookStore store, CancellationToken ct) =>
            Results.Ok(new { @object = "list", data = (await store.EndpointsOfAsync(r.Caller(), ct)).OrderBy(e => e.CreatedAt).Select(e => View(e)).ToList() }));
        hooks.MapGet("/{id}", async (string id, HttpRequest r, WebhookStore store, IOptions<EventsOptions> o, CancellationToken ct) =>
            await OwnedAsync(id, r, store, o.Value, ct) is { } e ? Results.Ok(View(e.Value)) : NotFound());
        hooks.MapDelete("/{id}", async (string id, HttpRequest r, WebhookStore store, IOptions<EventsOptions> o, CancellationToken ct) =>
        {
            if (await OwnedAsync(id, r, store, o.Value, ct) is null) return NotFound();
            await store.DeleteEndpointAsync(id, ct);
            return Results.Ok(new { id, @object = "webhook_endpoint.deleted", deleted = true });
        });
        hooks.MapPost("/{id}/rotate_secret", async (string id, HttpRequest r, WebhookStore store, IOptions<EventsOptions> o, CancellationToken ct) =>
        {
            if (await OwnedAsync(id, r, store, o.Value, ct) is not { } current) return NotFound();
            var rotated = current.Value with { Secret = WebhookSignature.NewSecret() };
            return await store.ReplaceEndpointAsync(current, rotated, ct)
                ? Results.Ok(View(rotated, withSecret: true))
                : InternalApi.Error(409, "The endpoint changed at the same time; try again.", "conflict");
        });
        hooks.MapGet("/{id}/deliveries", DeliveriesAsync);
    }

    private static IResult NotFound() => InternalApi.Error(404, "No such webhook endpoint.", "not_found", "id");

    private static async Task<Kino.Storage.Versioned<WebhookEndpoint>?> OwnedAsync(string id, HttpRequest request, WebhookStore store, EventsOptions options, CancellationToken ct)
    {
        var endpoint = await store.EndpointAsync(id, ct);
        var caller = request.Caller();
        return endpoint is not null && (endpoint.Value.OwnerId == caller || caller == options.AdminOwnerId) ? endpoint : null;
    }

    /// <summary><c>{url, event_types[]}</c>: event types are exact (<c>dev.kino.video.completed.v1</c>), a prefix (<c>dev.kino.video.*</c>) or <c>*</c>.</summary>
    private static async Task<IResult> CreateAsync(HttpRequest request, WebhookStore store, IOptions<EventsOptions> options, TimeProvider clock, CancellationToken ct)
    {
        JsonElement body;
        try { body = (await JsonDocument.ParseAsync(request.Body, cancellationToken: ct)).RootElement.Clone(); }
        catch (JsonException e) { return InternalApi.Error(400, $"The body is not valid JSON: {e.Message}", "invalid_json"); }
        if (body.ValueKind != JsonValueKind.Object) return InternalApi.Error(400, "Send a JSON object.", "invalid_json");
        foreach (var p in body.EnumerateObject())
            if (p.Name is not ("url" or "event_types")) return InternalApi.Error(400, $"Unknown parameter: '{p.Name}'.", "unknown_parameter", p.Name);
        var url = body.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString()! : "";
        if (url.Length > 2000) return InternalApi.Error(400, "'url' is too long.", "invalid_url", "url");
        if (await WebhookTargets.CheckAsync(url, options.Value.AllowPrivateTargets, ct) is { } problem) return InternalApi.Error(400, problem, "invalid_url", "url");
        if (!body.TryGetProperty("event_types", out var t) || t.ValueKind != JsonValueKind.Array || t.GetArrayLength() is 0 or > 50
            || t.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || !PublicEvents.IsValidPattern(e.GetString()!)))
            return InternalApi.Error(400, "'event_types' must list 1 to 50 public event types (e.g. dev.kino.video.completed.v1), prefixes ending in .* or \"*\".",
                "invalid_event_types", "event_types");
        var owner = request.Caller();
        if ((await store.EndpointsOfAsync(owner, ct)).Count >= options.Value.MaxEndpointsPerOwner)
            return InternalApi.Error(400, $"You have {options.Value.MaxEndpointsPerOwner} webhook endpoints already.", "too_many_endpoints");
        var endpoint = new WebhookEndpoint("we_" + Guid.NewGuid().ToString("N"), owner, url, t.EnumerateArray().Select(e => e.GetString()!).Distinct().ToList(),
            WebhookSignature.NewSecret(), clock.GetUtcNow());
        await store.AddEndpointAsync(endpoint, ct);
        return Results.Created($"/v1/webhooks/{endpoint.Id}", View(endpoint, withSecret: true));
    }

    /// <summary>The delivery log, newest first: each delivery's state and every request made for it.</summary>
    private static async Task<IResult> DeliveriesAsync(string id, int? limit, HttpRequest request, WebhookStore store, IOptions<EventsOptions> options, CancellationToken ct)
    {
        if (await OwnedAsync(id, request, store, options.Value, ct) is null) return NotFound();
        var data = new List<object>();
        foreach (var d in await store.DeliveriesOfAsync(id, Math.Clamp(limit ?? 20, 1, 100), ct))
            data.Add(new
            {
                id = d.Id, @object = "webhook_delivery", event_id = d.EventId, event_type = d.EventType, status = d.Status, attempts = d.Attempts,
                created_at = d.CreatedAt.ToUnixTimeSeconds(),
                next_attempt_at = d.Status == DeliveryStatus.Pending ? d.NextAttemptAt.ToUnixTimeSeconds() : (long?)null,
                last_status_code = d.LastStatusCode, last_error = d.LastError,
                requests = (await store.AttemptsOfAsync(d.Id, ct)).OrderBy(a => a.Attempt).ThenBy(a => a.Try).Select(a => new
                {
                    attempt = a.Attempt, @try = a.Try, at = a.At.ToUnixTimeMilliseconds(), status_code = a.StatusCode,
                    duration_ms = Math.Round(a.DurationMs, 1), error = a.Error,
                }).ToList(),
            });
        return Results.Ok(new { @object = "list", data });
    }

    private static object View(WebhookEndpoint e, bool withSecret = false) =>
        new { id = e.Id, @object = "webhook_endpoint", url = e.Url, event_types = e.EventTypes, created_at = e.CreatedAt.ToUnixTimeSeconds(), secret = withSecret ? e.Secret : null };
}
