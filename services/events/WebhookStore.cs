using Kino.Storage;

namespace Kino.Events;

/// <summary>A webhook endpoint: where its owner's events go, which types, and the secret that signs them.</summary>
public sealed record WebhookEndpoint(string Id, string OwnerId, string Url, IReadOnlyList<string> EventTypes, string Secret, DateTimeOffset CreatedAt);

/// <summary>
/// One event on its way to one endpoint. <see cref="Status"/>: pending (due at <see cref="NextAttemptAt"/>), succeeded
/// or failed (the retry schedule ran out). Its id is the webhook-id, the same on every attempt.
/// </summary>
public sealed record WebhookDelivery(string Id, string EndpointId, string OwnerId, string EventId, string EventType, string Body,
    DateTimeOffset CreatedAt, string Status, int Attempts, DateTimeOffset NextAttemptAt, int? LastStatusCode = null, string? LastError = null);

/// <summary>One HTTP request of a delivery, for the delivery log.</summary>
public sealed record WebhookAttempt(string DeliveryId, int Attempt, int Try, DateTimeOffset At, int? StatusCode, double DurationMs, string? Error);

/// <summary>Who owns a video, from <c>VideoRequested</c>: later events about the video name only its id.</summary>
public sealed record VideoOwner(Guid JobId, string OwnerId);

public static class DeliveryStatus
{
    public const string Pending = "pending", Succeeded = "succeeded", Failed = "failed";
}

/// <summary>The events service's documents: endpoints, deliveries with their attempts, and video owners.</summary>
public sealed class WebhookStore([FromKeyedServices(EventsModule.ServiceName)] IDocumentStore store)
{
    private const string Active = "active";
    private readonly IDocumentCollection<WebhookEndpoint> _endpoints = store.Collection<WebhookEndpoint>("webhook_endpoints");
    private readonly IDocumentCollection<WebhookDelivery> _deliveries = store.Collection<WebhookDelivery>("webhook_deliveries");
    private readonly IDocumentCollection<WebhookAttempt> _attempts = store.Collection<WebhookAttempt>("webhook_attempts");
    private readonly IDocumentCollection<VideoOwner> _owners = store.Collection<VideoOwner>("video_owners");

    public async Task RecordOwnerAsync(Guid jobId, string ownerId, CancellationToken ct)
    {
        try { await _owners.InsertAsync(jobId.ToString("N"), new VideoOwner(jobId, ownerId), new DocumentKeys(ownerId), ct); }
        catch (DuplicateDocumentException) { }
    }

    public async Task<string?> OwnerOfAsync(Guid jobId, CancellationToken ct) => (await _owners.GetAsync(jobId.ToString("N"), ct))?.Value.OwnerId;

    public Task AddEndpointAsync(WebhookEndpoint endpoint, CancellationToken ct) =>
        _endpoints.InsertAsync(endpoint.Id, endpoint, new DocumentKeys(endpoint.OwnerId, endpoint.CreatedAt.ToUnixTimeMilliseconds(), Active), ct);

    public async Task<Versioned<WebhookEndpoint>?> EndpointAsync(string id, CancellationToken ct) => await _endpoints.GetAsync(id, ct);

    public async Task<IReadOnlyList<WebhookEndpoint>> EndpointsOfAsync(string ownerId, CancellationToken ct) =>
        (await _endpoints.QueryAsync(new DocumentQuery(Partition: ownerId, Limit: 1000), ct)).Select(e => e.Document.Value).ToList();

    public async Task<IReadOnlyList<WebhookEndpoint>> AllEndpointsAsync(CancellationToken ct)
    {
        var all = new List<WebhookEndpoint>();
        (long, string)? after = null;
        while (true)
        {
            var page = await _endpoints.QueryAsync(new DocumentQuery(Tag: Active, Limit: 1000, After: after), ct);
            all.AddRange(page.Select(p => p.Document.Value));
            if (page.Count < 1000) return all;
            after = (page[^1].SortKey, page[^1].Id);
        }
    }

    public async Task<bool> ReplaceEndpointAsync(Versioned<WebhookEndpoint> current, WebhookEndpoint updated, CancellationToken ct)
    {
        try
        {
            await _endpoints.ReplaceAsync(updated.Id, updated, new DocumentKeys(updated.OwnerId, updated.CreatedAt.ToUnixTimeMilliseconds(), Active), current.Version, ct);
            return true;
        }
        catch (ConcurrencyConflictException) { return false; }
    }

    public Task<bool> DeleteEndpointAsync(string id, CancellationToken ct) => _endpoints.DeleteAsync(id, ct);

    /// <summary>Queues a delivery; false when it was queued before (a redelivered event).</summary>
    public async Task<bool> EnqueueAsync(WebhookDelivery delivery, CancellationToken ct)
    {
        try
        {
            await _deliveries.InsertAsync(delivery.Id, delivery, Keys(delivery), ct);
            return true;
        }
        catch (DuplicateDocumentException) { return false; }
    }

    /// <summary>Pending deliveries in the order they are due (the sort key is the next attempt time).</summary>
    public async Task<IReadOnlyList<Versioned<WebhookDelivery>>> DueAsync(DateTimeOffset now, int limit, CancellationToken ct) =>
        (await _deliveries.QueryAsync(new DocumentQuery(Tag: DeliveryStatus.Pending, Limit: limit), ct))
            .Where(d => d.Document.Value.NextAttemptAt <= now).Select(d => d.Document).ToList();

    /// <summary>Writes a delivery's new state if nobody else changed it; the new version, or null on a conflict.</summary>
    public async Task<Versioned<WebhookDelivery>?> UpdateAsync(Versioned<WebhookDelivery> current, WebhookDelivery updated, CancellationToken ct)
    {
        try { return new(updated, await _deliveries.ReplaceAsync(updated.Id, updated, Keys(updated), current.Version, ct)); }
        catch (ConcurrencyConflictException) { return null; }
    }

    public async Task<IReadOnlyList<WebhookDelivery>> DeliveriesOfAsync(string endpointId, int limit, CancellationToken ct) =>
        (await _deliveries.QueryAsync(new DocumentQuery(Partition: endpointId, Limit: limit, Descending: true), ct)).Select(d => d.Document.Value).ToList();

    public Task LogAsync(WebhookAttempt attempt, CancellationToken ct) =>
        _attempts.InsertAsync($"{attempt.DeliveryId}.{attempt.Attempt}.{attempt.Try}", attempt,
            new DocumentKeys(attempt.DeliveryId, attempt.At.ToUnixTimeMilliseconds()), ct);

    public async Task<IReadOnlyList<WebhookAttempt>> AttemptsOfAsync(string deliveryId, CancellationToken ct) =>
        (await _attempts.QueryAsync(new DocumentQuery(Partition: deliveryId, Limit: 100), ct)).Select(a => a.Document.Value).ToList();

    // Pending deliveries sort by when they are due; finished ones by when they finished (the log lists newest first).
    private static DocumentKeys Keys(WebhookDelivery d) => new(d.EndpointId, d.NextAttemptAt.ToUnixTimeMilliseconds(), d.Status);
}
