using Kino.Cameo.Privacy;
using Kino.Contracts;
using MassTransit;

namespace Kino.Cameo.Consent;

/// <summary>
/// Every change of consent goes through here, so each one that takes consent away also takes down the videos that
/// relied on it: their uses are marked removed and <see cref="CameoConsentRevoked"/> tells the feed and the orchestrator.
/// </summary>
public sealed class ConsentLedger(CameoStore store, MediaVault vault, IPublishEndpoint bus, TimeProvider clock, ILogger<ConsentLedger> logger)
{
    /// <summary>The outcome of a consent check on one cameo for one job.</summary>
    public sealed record Check(CameoRecord Cameo, ConsentDecision Decision);

    public async Task<Check> CheckAsync(CameoRecord cameo, string requesterId, CancellationToken ct)
    {
        bool mutual = cameo.Permission == Permissions.MutualFollowers && requesterId != cameo.OwnerId
            && await store.MutualFollowersAsync(requesterId, cameo.OwnerId, ct);
        return new Check(cameo, ConsentRules.Decide(cameo, requesterId, mutual));
    }

    /// <summary>Applies new settings; whoever loses consent by them loses their videos with this cameo.</summary>
    public async Task<CameoRecord> ChangeSettingsAsync(CameoRecord before, long version, CameoRecord after, string? grantRemoved, CancellationToken ct)
    {
        await store.UpdateAsync(after, version, ct);
        if (after.Grants.Except(before.Grants).ToList() is { Count: > 0 } added)
            foreach (var grantee in added) await bus.Publish(new CameoConsentGranted(after.Id, after.OwnerId, grantee, clock.GetUtcNow()), ct);
        var lost = new List<CameoUse>();
        foreach (var use in await LiveUsesAsync(after.Id, ct))
            if (!(await CheckAsync(after, use.RequesterId, ct)).Decision.Allowed) lost.Add(use);
        foreach (var group in lost.GroupBy(u => u.RequesterId))
            await TakeDownAsync(after, group.ToList(), RevocationScopes.Grant, group.Key, grantRemoved == group.Key ? "grant revoked" : "permission narrowed", ct);
        return after;
    }

    /// <summary>The owner removes (or reports) one video that used their cameo.</summary>
    public Task RemoveVideoAsync(CameoRecord cameo, CameoUse use, string because, CancellationToken ct) =>
        TakeDownAsync(cameo, [use], RevocationScopes.Video, use.RequesterId, because, ct);

    /// <summary>Deletes the cameo for real: its videos go down, then its media, handle and records are erased.</summary>
    public async Task DeleteAsync(CameoRecord cameo, CancellationToken ct)
    {
        await TakeDownAsync(cameo, await LiveUsesAsync(cameo.Id, ct), RevocationScopes.Cameo, null, "cameo deleted", ct);
        await vault.DeleteAllAsync(cameo.Id, ct);
        await store.DeleteAsync(cameo, ct);
        logger.LogInformation("Cameo {CameoId} of {OwnerId} deleted with its media", cameo.Id, cameo.OwnerId);
    }

    private async Task<List<CameoUse>> LiveUsesAsync(string cameoId, CancellationToken ct) =>
        (await store.UsesAsync(cameoId, ct)).Where(u => u.Status is UseStatus.InProgress or UseStatus.Completed).ToList();

    private async Task TakeDownAsync(CameoRecord cameo, IReadOnlyList<CameoUse> uses, string scope, string? userId, string because, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Publish first: if marking the uses fails, the owner's retry publishes again, and takedowns are idempotent.
        await bus.Publish(new CameoConsentRevoked(cameo.Id, cameo.OwnerId, scope, userId, uses.Select(u => u.JobId).ToList(), now), ct);
        foreach (var use in uses)
            await store.SetUseStatusAsync(use.JobId, u => u.CameoId == cameo.Id ? u with { Status = UseStatus.Removed, RemovedAt = now, RemovedBecause = because } : null, ct);
        logger.LogInformation("Cameo {CameoId}: consent revoked ({Scope}, {Because}); {Count} videos taken down", cameo.Id, scope, because, uses.Count);
    }
}
