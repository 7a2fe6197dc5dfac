using Kino.Gateway.Api;
using Kino.Storage;
using Microsoft.Extensions.Options;

namespace Kino.Gateway.Auth;

/// <summary>Videos per key per UTC day, counted in the gateway's store (shared by all gateway replicas).</summary>
public sealed class DailyQuota([FromKeyedServices(GatewayModule.ServiceName)] IDocumentStore store, IOptionsMonitor<GatewayOptions> options, TimeProvider clock)
{
    private sealed record Counter(int Count);
    private readonly IDocumentCollection<Counter> _counters = store.Collection<Counter>("daily_quota");

    /// <summary>Counts one video against the key's plan or throws 429 with Retry-After (seconds to UTC midnight).</summary>
    public async Task ConsumeAsync(ApiPrincipal principal, CancellationToken ct)
    {
        var limit = options.CurrentValue.Plans[principal.Plan].DailyVideos;
        if (limit == 0) return;
        var now = clock.GetUtcNow();
        switch (await ChangeTodayAsync(principal, now, count => count >= limit ? null : count + 1, ct))
        {
            case false:
                throw new ApiError(429, $"Daily quota of {limit} videos reached for plan '{principal.Plan}'.", "quota_exceeded")
                    { RetryAfterSeconds = (int)Math.Ceiling((now.Date.AddDays(1) - now.UtcDateTime).TotalSeconds) };
            case null:
                throw new ApiError(429, "Too many concurrent requests for this key.", "rate_limit_exceeded") { RetryAfterSeconds = 1 };
        }
    }

    /// <summary>Gives back a count when the request failed after counting (nothing half-done).</summary>
    public async Task RefundAsync(ApiPrincipal principal, CancellationToken ct)
    {
        if (options.CurrentValue.Plans[principal.Plan].DailyVideos == 0) return;
        await ChangeTodayAsync(principal, clock.GetUtcNow(), count => count == 0 ? null : count - 1, ct);
    }

    /// <summary>
    /// Read-modify-write of today's counter under optimistic concurrency. <paramref name="change"/> returns the new
    /// count, or null to leave it. Returns true when written, false when declined, null when contention never let go.
    /// </summary>
    private async Task<bool?> ChangeTodayAsync(ApiPrincipal principal, DateTimeOffset now, Func<int, int?> change, CancellationToken ct)
    {
        var id = $"{principal.KeyId}:{now:yyyyMMdd}";
        var keys = new DocumentKeys(principal.KeyId, now.ToUnixTimeMilliseconds());
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var current = await _counters.GetAsync(id, ct);
            if (change(current?.Value.Count ?? 0) is not { } next) return false;
            try
            {
                if (current is null) await _counters.InsertAsync(id, new Counter(next), keys, ct);
                else await _counters.ReplaceAsync(id, new Counter(next), keys, current.Version, ct);
                return true;
            }
            catch (Exception e) when (e is ConcurrencyConflictException or DuplicateDocumentException)
            {
                // Another request counted at the same time: read again.
            }
        }
        return null;
    }
}
