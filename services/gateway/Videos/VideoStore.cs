using Kino.Storage;

namespace Kino.Gateway.Videos;

/// <summary>The gateway's videos, partitioned by owner, newest first by creation time.</summary>
public sealed class VideoStore([FromKeyedServices(GatewayModule.ServiceName)] IDocumentStore store)
{
    private readonly IDocumentCollection<VideoRecord> _videos = store.Collection<VideoRecord>("videos");

    private static DocumentKeys KeysOf(VideoRecord r) =>
        new(r.OwnerId, r.CreatedAt.ToUnixTimeMilliseconds(), r.IsTerminal ? "done" : "active");

    public Task<Versioned<VideoRecord>?> GetAsync(Guid jobId, CancellationToken ct) => _videos.GetAsync(jobId.ToString("N"), ct);

    /// <summary>The owner's video, or null for a missing video or another owner's (callers answer 404 either way).</summary>
    public async Task<VideoRecord?> GetOwnedAsync(Guid jobId, string ownerId, CancellationToken ct) =>
        await GetAsync(jobId, ct) is { } found && found.Value.OwnerId == ownerId ? found.Value : null;

    public Task InsertAsync(VideoRecord record, CancellationToken ct) => _videos.InsertAsync(record.JobId.ToString("N"), record, KeysOf(record), ct);

    public Task<bool> DeleteAsync(Guid jobId, CancellationToken ct) => _videos.DeleteAsync(jobId.ToString("N"), ct);

    /// <summary>Applies a change if the video still exists; retried by the caller (the bus) on a conflict.</summary>
    public async Task UpdateAsync(Guid jobId, Func<VideoRecord, VideoRecord?> change, CancellationToken ct)
    {
        var current = await GetAsync(jobId, ct);
        if (current is null) return; // deleted meanwhile
        var updated = change(current.Value);
        if (updated is null || updated == current.Value) return;
        await _videos.ReplaceAsync(jobId.ToString("N"), updated, KeysOf(updated), current.Version, ct);
    }

    public async Task<(IReadOnlyList<VideoRecord> Page, bool HasMore)> ListAsync(string ownerId, int limit, bool descending, VideoRecord? after, CancellationToken ct)
    {
        var cursor = after is null ? ((long, string)?)null : (after.CreatedAt.ToUnixTimeMilliseconds(), after.JobId.ToString("N"));
        var found = await _videos.QueryAsync(new DocumentQuery(Partition: ownerId, Limit: limit + 1, Descending: descending, After: cursor), ct);
        return (found.Take(limit).Select(f => f.Document.Value).ToList(), found.Count > limit);
    }

    /// <summary>Videos accepted but possibly never handed to the orchestrator (a crash between write and publish).</summary>
    public async Task<IReadOnlyList<VideoRecord>> QueuedAsync(CancellationToken ct)
    {
        var found = await _videos.QueryAsync(new DocumentQuery(Tag: "active", Limit: 10_000), ct);
        return found.Select(f => f.Document.Value).Where(v => v.Status == "queued" && v.Progress == 0).ToList();
    }
}
