using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Kino.Storage;

namespace Kino.Gateway.Auth;

/// <summary>A stored API key: only its SHA-256 hash is kept; the key itself is shown once, at creation.</summary>
/// <summary>A stored API key. <see cref="Teen"/> marks a teen account: moderation and the feed apply the teen rules.</summary>
public sealed record ApiKeyRecord(string Id, string Name, string Plan, string OwnerId, bool IsAdmin, DateTimeOffset CreatedAt, bool Teen = false, string? Handle = null);

/// <summary>Who is calling: the key, its owner and plan, and whether it is a teen account.</summary>
public sealed record ApiPrincipal(string KeyId, string OwnerId, string Plan, bool IsAdmin, bool Teen = false, string? Handle = null);

public sealed class ApiKeyStore([FromKeyedServices(GatewayModule.ServiceName)] IDocumentStore store)
{
    private readonly IDocumentCollection<ApiKeyRecord> _keys = store.Collection<ApiKeyRecord>("api_keys");
    // Lookups on every request stay in memory; a revocation in this process takes effect at once, in other replicas within the TTL.
    private readonly ConcurrentDictionary<string, (ApiKeyRecord? Record, long Expires)> _cache = new();
    private static readonly long CacheTicks = TimeSpan.FromSeconds(30).Ticks;

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string NewKey() => "sk-kino-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    public async Task<ApiKeyRecord?> FindAsync(string key, CancellationToken ct)
    {
        var hash = Hash(key);
        var now = Environment.TickCount64 * TimeSpan.TicksPerMillisecond;
        if (_cache.TryGetValue(hash, out var cached) && cached.Expires > now) return cached.Record;
        var record = (await _keys.GetAsync(hash, ct))?.Value;
        _cache[hash] = (record, now + CacheTicks);
        return record;
    }

    /// <summary>Creates a key; returns the record and the key in clear (never stored).</summary>
    public async Task<(ApiKeyRecord Record, string Key)> CreateAsync(string name, string plan, bool isAdmin, string? ownerId, CancellationToken ct, string? key = null, bool teen = false,
        string? handle = null)
    {
        key ??= NewKey();
        var id = "key_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var record = new ApiKeyRecord(id, name, plan, ownerId ?? "owner_" + id[4..], isAdmin, DateTimeOffset.UtcNow, teen, handle);
        await _keys.InsertAsync(Hash(key), record, new DocumentKeys(Partition: id, SortKey: record.CreatedAt.ToUnixTimeMilliseconds(), Tag: isAdmin ? "admin" : "user"), ct);
        _cache.TryRemove(Hash(key), out _);
        return (record, key);
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken ct)
    {
        var found = await _keys.QueryAsync(new DocumentQuery(Partition: id, Limit: 1), ct);
        if (found.Count == 0) return false;
        await _keys.DeleteAsync(found[0].Id, ct);
        _cache.TryRemove(found[0].Id, out _);
        return true;
    }

    public async Task<bool> AnyAdminAsync(CancellationToken ct) => (await _keys.QueryAsync(new DocumentQuery(Tag: "admin", Limit: 1), ct)).Count > 0;

    public async Task<bool> ExistsAsync(string key, CancellationToken ct) => await _keys.GetAsync(Hash(key), ct) is not null;
}
