using System.Diagnostics;
using System.Net.Http.Headers;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Kino.Events;

/// <summary>
/// Sends due webhook deliveries. One attempt is a few quick tries (Polly: exponential backoff with jitter, a timeout
/// per try), each signed afresh with the same webhook-id; a failed attempt is rescheduled durably by
/// <see cref="EventsOptions.Schedule"/>, so a receiver that is down for hours still gets the event. Every request is logged.
/// </summary>
public sealed class WebhookDispatcher : BackgroundService
{
    private readonly WebhookStore _store;
    private readonly EventsOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<WebhookDispatcher> _logger;
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public WebhookDispatcher(WebhookStore store, IOptions<EventsOptions> options, TimeProvider clock, ILogger<WebhookDispatcher> logger)
    {
        _store = store;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        // Its own client, not the factory's: the shared resilience handler would retry on its own, and the connect
        // callback is what keeps webhooks off internal addresses.
        _http = new HttpClient(WebhookTargets.Handler(_options.AllowPrivateTargets)) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Kino-Webhooks", "1"));
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (_options.QuickRetries > 0)
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.QuickRetries,
                Delay = _options.QuickRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>().Handle<HttpRequestException>().Handle<TimeoutRejectedException>()
                    .HandleResult(r => (int)r.StatusCode is >= 500 or 429 or 408),
            });
        _pipeline = builder.AddTimeout(_options.RequestTimeout).Build();
    }

    /// <summary>Looks for due deliveries now (a new event was queued).</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var due = await _store.DueAsync(_clock.GetUtcNow(), 100, stoppingToken);
                await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = stoppingToken },
                    async (delivery, ct) => await DeliverAsync(delivery, ct));
                if (due.Count == 100) continue;
                using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                poll.CancelAfter(_options.PollInterval);
                await _wake.Reader.ReadAsync(poll.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
            catch (OperationCanceledException) { return; }
            catch (Exception e)
            {
                _logger.LogError(e, "Webhook dispatch failed; trying again shortly");
                await Task.Delay(_options.PollInterval, stoppingToken);
            }
        }
    }

    private async Task DeliverAsync(Kino.Storage.Versioned<WebhookDelivery> due, CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        // Claim it: pushing the due time past the attempt's longest run keeps another replica (or the next poll) away.
        var lease = (_options.RequestTimeout + _options.QuickRetryDelay * 8) * (_options.QuickRetries + 1) + TimeSpan.FromSeconds(30);
        var claimed = await _store.UpdateAsync(due, due.Value with { NextAttemptAt = now + lease }, ct);
        if (claimed is null) return;
        var delivery = claimed.Value;
        int attempt = delivery.Attempts + 1;

        var endpoint = (await _store.EndpointAsync(delivery.EndpointId, ct))?.Value;
        if (endpoint is null)
        {
            await _store.UpdateAsync(claimed, delivery with { Status = DeliveryStatus.Failed, NextAttemptAt = now, LastError = "the endpoint was deleted" }, ct);
            return;
        }

        var body = System.Text.Encoding.UTF8.GetBytes(delivery.Body);
        int tryNumber = 0;
        int? status = null;
        string? error = null;
        try
        {
            using var response = await _pipeline.ExecuteAsync(async token =>
            {
                tryNumber++;
                var started = Stopwatch.GetTimestamp();
                var at = _clock.GetUtcNow();
                try
                {
                    var result = await SendAsync(endpoint, delivery.Id, body, token);
                    await LogAsync(new WebhookAttempt(delivery.Id, attempt, tryNumber, at, (int)result.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null), ct);
                    return result;
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
                {
                    await LogAsync(new WebhookAttempt(delivery.Id, attempt, tryNumber, at, null, Stopwatch.GetElapsedTime(started).TotalMilliseconds, e.Message), ct);
                    throw;
                }
            }, ct);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode) error = $"HTTP {status}";
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException)
        {
            error = e.Message;
        }

        var finished = _clock.GetUtcNow();
        var schedule = _options.Schedule;
        var next = error is null
            ? delivery with { Status = DeliveryStatus.Succeeded, Attempts = attempt, NextAttemptAt = finished, LastStatusCode = status, LastError = null }
            : attempt > schedule.Count
                ? delivery with { Status = DeliveryStatus.Failed, Attempts = attempt, NextAttemptAt = finished, LastStatusCode = status, LastError = error }
                : delivery with { Attempts = attempt, NextAttemptAt = finished + schedule[attempt - 1], LastStatusCode = status, LastError = error };
        await _store.UpdateAsync(claimed, next, ct);
        if (error is not null)
            _logger.LogWarning("Webhook {DeliveryId} to {Url}: attempt {Attempt} failed ({Error}); {Next}", delivery.Id, endpoint.Url, attempt, error,
                next.Status == DeliveryStatus.Failed ? "giving up" : $"next at {next.NextAttemptAt:O}");
    }

    private async Task<HttpResponseMessage> SendAsync(WebhookEndpoint endpoint, string id, byte[] body, CancellationToken ct)
    {
        // A fresh timestamp and signature on every try; the id stays (the receiver's idempotency key).
        long timestamp = _clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json");
        request.Headers.Add(WebhookSignature.IdHeader, id);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString());
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(endpoint.Secret, id, timestamp, body));
        return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
    }

    private async Task LogAsync(WebhookAttempt attempt, CancellationToken ct)
    {
        try { await _store.LogAsync(attempt, ct); }
        catch (Kino.Storage.DuplicateDocumentException) { } // an attempt replayed after a crash
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }
}
