using Kino.Storage;

namespace Kino.Cameo.Consent;

/// <summary>A handle's owner: one document per handle makes handles unique even when two uploads race.</summary>
public sealed record HandleClaim(string Handle, string CameoId);

/// <summary>One follow edge of the social graph, projected from the feed's follow events.</summary>
public sealed record Follow(string FollowerId, string FolloweeId);

/// <summary>The cameo service's store: cameos, their handles, who used them, and who follows whom.</summary>
public sealed class CameoStore([FromKeyedServices(CameoModule.ServiceName)] IDocumentStore store)
{
    private readonly IDocumentCollection<CameoRecord> _cameos = store.Collection<CameoRecord>("cameos");
    private readonly IDocumentCollection<HandleClaim> _handles = store.Collection<HandleClaim>("cameo_handles");
    private readonly IDocumentCollection<CameoUse> _uses = store.Collection<CameoUse>("cameo_uses");
    private readonly IDocumentCollection<Follow> _follows = store.Collection<Follow>("follows");

    private static DocumentKeys KeysOf(CameoRecord c) => new(c.OwnerId, c.CreatedAt.ToUnixTimeMilliseconds());
    private static string UseId(string cameoId, Guid jobId) => $"{cameoId}:{jobId:N}";
    private static DocumentKeys KeysOf(CameoUse u) => new(u.CameoId, u.CreatedAt.ToUnixTimeMilliseconds(), "job:" + u.JobId.ToString("N"));

    /// <summary>Claims the handle, then stores the cameo; false when the handle is taken.</summary>
    public async Task<bool> CreateAsync(CameoRecord cameo, CancellationToken ct)
    {
        try
        {
            await _handles.InsertAsync(cameo.Handle, new HandleClaim(cameo.Handle, cameo.Id), new DocumentKeys(cameo.OwnerId), ct);
        }
        catch (DuplicateDocumentException)
        {
            return false;
        }
        await _cameos.InsertAsync(cameo.Id, cameo, KeysOf(cameo), ct);
        return true;
    }

    public async Task<Versioned<CameoRecord>?> GetAsync(string id, CancellationToken ct) => await _cameos.GetAsync(id, ct);

    public async Task<CameoRecord?> ByHandleAsync(string handle, CancellationToken ct) =>
        await _handles.GetAsync(handle, ct) is { } claim ? (await _cameos.GetAsync(claim.Value.CameoId, ct))?.Value : null;

    public async Task<IReadOnlyList<CameoRecord>> OwnedByAsync(string ownerId, CancellationToken ct) =>
        (await _cameos.QueryAsync(new DocumentQuery(Partition: ownerId, Limit: 1000), ct)).Select(c => c.Document.Value).ToList();

    /// <summary>Saves changed settings if nobody else changed the cameo meanwhile (else <see cref="ConcurrencyConflictException"/>).</summary>
    public Task<long> UpdateAsync(CameoRecord cameo, long version, CancellationToken ct) => _cameos.ReplaceAsync(cameo.Id, cameo, KeysOf(cameo), version, ct);

    /// <summary>Forgets the cameo, its handle and its use log (media is the vault's to delete).</summary>
    public async Task DeleteAsync(CameoRecord cameo, CancellationToken ct)
    {
        foreach (var use in await UsesAsync(cameo.Id, ct)) await _uses.DeleteAsync(UseId(use.CameoId, use.JobId), ct);
        await _cameos.DeleteAsync(cameo.Id, ct);
        await _handles.DeleteAsync(cameo.Handle, ct);
    }

    /// <summary>Records that a job uses the cameo (idempotent: a redelivered check changes nothing).</summary>
    public async Task RecordUseAsync(CameoUse use, CancellationToken ct)
    {
        try { await _uses.InsertAsync(UseId(use.CameoId, use.JobId), use, KeysOf(use), ct); }
        catch (DuplicateDocumentException) { }
    }

    public async Task<IReadOnlyList<CameoUse>> UsesAsync(string cameoId, CancellationToken ct) =>
        (await _uses.QueryAsync(new DocumentQuery(Partition: cameoId, Limit: 10_000, Descending: true), ct)).Select(u => u.Document.Value).ToList();

    public async Task<CameoUse?> UseAsync(string cameoId, Guid jobId, CancellationToken ct) => (await _uses.GetAsync(UseId(cameoId, jobId), ct))?.Value;

    /// <summary>Sets the status of every cameo use by this job (a job can use several cameos).</summary>
    public async Task SetUseStatusAsync(Guid jobId, Func<CameoUse, CameoUse?> change, CancellationToken ct)
    {
        foreach (var (id, _, document) in await _uses.QueryAsync(new DocumentQuery(Tag: "job:" + jobId.ToString("N"), Limit: 100), ct))
            if (change(document.Value) is { } changed && changed != document.Value)
            {
                try { await _uses.ReplaceAsync(id, changed, KeysOf(changed), document.Version, ct); }
                catch (ConcurrencyConflictException) { }   // changed meanwhile by a newer event: that one wins
            }
    }

    public async Task FollowAsync(string follower, string followee, bool follows, CancellationToken ct)
    {
        var id = $"{follower}>{followee}";
        if (!follows) { await _follows.DeleteAsync(id, ct); return; }
        try { await _follows.InsertAsync(id, new Follow(follower, followee), new DocumentKeys(follower), ct); }
        catch (DuplicateDocumentException) { }
    }

    public async Task<bool> MutualFollowersAsync(string a, string b, CancellationToken ct) =>
        await _follows.GetAsync($"{a}>{b}", ct) is not null && await _follows.GetAsync($"{b}>{a}", ct) is not null;
}
