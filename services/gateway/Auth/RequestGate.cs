using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Kino.Gateway.Api;
using Microsoft.Extensions.Options;

namespace Kino.Gateway.Auth;

/// <summary>
/// In front of every /v1 route: region allow-list, Bearer API key, per-key rate limit (by plan), and a per-address
/// limit on what is done without a valid key (the anonymous routes and wrong keys).
/// The authenticated caller is stored on the request for the handlers.
/// </summary>
public sealed class RequestGate(RequestDelegate next, ApiKeyStore keys, IOptionsMonitor<GatewayOptions> options) : IDisposable
{
    private static readonly string[] Anonymous = ["/v1/invites/redeem", "/v1/openapi.json"];
    private readonly ConcurrentDictionary<string, RateLimiter> _limiters = new();
    // Partitioned so that idle addresses' buckets are dropped: the set of addresses is the caller's to choose. The
    // allowance is part of the key, so a changed setting starts fresh buckets, as the plans' limiters do.
    private readonly PartitionedRateLimiter<(int PerMinute, string Address)> _addresses = PartitionedRateLimiter.Create<(int PerMinute, string Address), (int, string)>(
        caller => RateLimitPartition.GetTokenBucketLimiter(caller, _ => PerMinute(caller.PerMinute)));

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/v1"))
        {
            await next(context);
            return;
        }
        var o = options.CurrentValue;
        CheckRegion(context.Request, o);
        if (Anonymous.Any(a => path.Equals(a, StringComparison.OrdinalIgnoreCase)))
        {
            SpendAddressAllowance(context, o);
            await next(context);
            return;
        }

        var principal = await AuthenticateAsync(context, o);
        if (path.StartsWithSegments("/v1/admin") && !principal.IsAdmin)
            throw new ApiError(403, "This endpoint requires an admin API key.", "admin_required");
        Limit(principal, o);
        context.Items[typeof(ApiPrincipal)] = principal;
        await next(context);
    }

    private static void CheckRegion(HttpRequest request, GatewayOptions o)
    {
        if (o.AllowedRegions.Count == 0) return;
        var region = request.Headers[o.RegionHeader].ToString().Trim();
        if (region.Length == 0 ? o.AllowUnknownRegion : o.AllowedRegions.Contains(region, StringComparer.OrdinalIgnoreCase)) return;
        throw new ApiError(403, "Kino is not available in your region yet.", "region_not_supported");
    }

    private async Task<ApiPrincipal> AuthenticateAsync(HttpContext context, GatewayOptions o)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
            throw new ApiError(401, "You didn't provide an API key. Send it as 'Authorization: Bearer sk-...'.", "missing_api_key");
        // An address that spent its allowance on wrong keys is refused before the lookup, whatever key it sends now.
        CheckAddressAllowance(context, o);
        var record = await keys.FindAsync(header[7..].Trim(), context.RequestAborted);
        if (record is null)
        {
            SpendAddressAllowance(context, o);
            throw new ApiError(401, "Incorrect API key provided.", "invalid_api_key");
        }
        if (!o.Plans.ContainsKey(record.Plan))
            throw new ApiError(403, $"The key's plan '{record.Plan}' is not configured.", "plan_not_configured");
        return new ApiPrincipal(record.Id, record.OwnerId, record.Plan, record.IsAdmin, record.Teen, record.Handle);
    }

    private void Limit(ApiPrincipal principal, GatewayOptions o)
    {
        var perMinute = o.Plans[principal.Plan].RequestsPerMinute;
        if (perMinute == 0) return;
        var limiter = _limiters.GetOrAdd($"{principal.KeyId}:{perMinute}", _ => new TokenBucketRateLimiter(PerMinute(perMinute)));
        using var lease = limiter.AttemptAcquire();
        if (!lease.IsAcquired)
            throw TooMany($"Rate limit of {perMinute} requests per minute reached for plan '{principal.Plan}'.", RetryAfterSeconds(lease));
    }

    /// <summary>Refuses the caller's address once it has spent its allowance, without spending any.</summary>
    private void CheckAddressAllowance(HttpContext context, GatewayOptions o)
    {
        if (o.AnonymousRequestsPerMinute == 0) return;
        // Not AttemptAcquire(0): a partition's bucket fills continuously, and a lease for no permits is granted on any
        // fraction of one, which would let a key through a few milliseconds after the address was refused. A whole
        // request must be left.
        if (_addresses.GetStatistics(AddressKey(context, o))?.CurrentAvailablePermits >= 1) return;
        throw AddressRefused(o, retryAfterSeconds: (int)Math.Ceiling(PerMinute(o.AnonymousRequestsPerMinute).ReplenishmentPeriod.TotalSeconds));
    }

    /// <summary>Spends one request of the caller's address's allowance, refusing it when none is left.</summary>
    private void SpendAddressAllowance(HttpContext context, GatewayOptions o)
    {
        if (o.AnonymousRequestsPerMinute == 0) return;
        using var lease = _addresses.AttemptAcquire(AddressKey(context, o));
        if (!lease.IsAcquired) throw AddressRefused(o, RetryAfterSeconds(lease));
    }

    private static (int PerMinute, string Address) AddressKey(HttpContext context, GatewayOptions o) =>
        (o.AnonymousRequestsPerMinute, CallerAddress.Of(context));

    private static ApiError AddressRefused(GatewayOptions o, int retryAfterSeconds) =>
        TooMany($"Too many requests without a valid API key from your address ({o.AnonymousRequestsPerMinute} a minute are allowed).", retryAfterSeconds);

    private static TokenBucketRateLimiterOptions PerMinute(int perMinute) => new()
    {
        TokenLimit = perMinute,
        TokensPerPeriod = Math.Max(1, perMinute / 60),
        ReplenishmentPeriod = TimeSpan.FromSeconds(perMinute >= 60 ? 1 : 60.0 / perMinute),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static int RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 1;

    private static ApiError TooMany(string message, int retryAfterSeconds) =>
        new(429, message, "rate_limit_exceeded") { RetryAfterSeconds = Math.Max(1, retryAfterSeconds) };

    public void Dispose()
    {
        _addresses.Dispose();
        foreach (var limiter in _limiters.Values) limiter.Dispose();
    }
}

public static class PrincipalExtensions
{
    public static ApiPrincipal Principal(this HttpContext context) =>
        context.Items[typeof(ApiPrincipal)] as ApiPrincipal ?? throw new ApiError(401, "Not authenticated.", "missing_api_key");
}
