using Kino.Contracts;
using Kino.Storage;

namespace Kino.Feed;

/// <summary>
/// A published video as the feed lists it. <see cref="CameoIds"/>: the cameos it shows (consent revoked → taken down).
/// <see cref="Public"/> is false for a video with a minor's cameo: it never reaches the public feed.
/// </summary>
public sealed record FeedItem(Guid JobId, string OwnerId, string Prompt, BlobRef Video, BlobRef Thumbnail, BlobRef Spritesheet, DateTimeOffset PublishedAt,
    IReadOnlyList<string>? CameoIds = null, bool Public = true);

/// <summary>One follow edge: <see cref="FollowerId"/> follows <see cref="FolloweeId"/>.</summary>
public sealed record FollowEdge(string FollowerId, string FolloweeId, DateTimeOffset Since);

/// <summary>The feed's store of published videos.</summary>
public sealed class FeedIndex([FromKeyedServices(FeedModule.ServiceName)] IDocumentStore store)
{
    private readonly IDocumentCollection<FeedItem> _items = store.Collection<FeedItem>("feed_items");
    private readonly IDocumentCollection<FollowEdge> _follows = store.Collection<FollowEdge>("follows");

    public async Task AddAsync(FeedItem item, CancellationToken ct)
    {
        try
        {
            await _items.InsertAsync(item.JobId.ToString("N"), item, new DocumentKeys(item.OwnerId, item.PublishedAt.ToUnixTimeMilliseconds()), ct);
        }
        catch (DuplicateDocumentException)
        {
            // Already published (a redelivered command): nothing changes.
        }
    }

    public Task<bool> RemoveAsync(Guid jobId, CancellationToken ct) => _items.DeleteAsync(jobId.ToString("N"), ct);

    public async Task<FeedItem?> GetAsync(Guid jobId, CancellationToken ct) => (await _items.GetAsync(jobId.ToString("N"), ct))?.Value;

    /// <summary>Records a follow (true when it is new).</summary>
    public async Task<bool> FollowAsync(string follower, string followee, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await _follows.InsertAsync($"{follower}>{followee}", new FollowEdge(follower, followee, now), new DocumentKeys(follower, now.ToUnixTimeMilliseconds()), ct);
            return true;
        }
        catch (DuplicateDocumentException)
        {
            return false;
        }
    }

    /// <summary>Removes a follow (true when there was one).</summary>
    public Task<bool> UnfollowAsync(string follower, string followee, CancellationToken ct) => _follows.DeleteAsync($"{follower}>{followee}", ct);

    /// <summary>Newest first, one owner's items (sharing with others comes with the feed issue).</summary>
    public async Task<IReadOnlyList<(FeedItem Item, long SortKey)>> PageAsync(string ownerId, int limit, (long, string)? after, CancellationToken ct)
    {
        var page = await _items.QueryAsync(new DocumentQuery(Partition: ownerId, Limit: limit, Descending: true, After: after), ct);
        return page.Select(p => (p.Document.Value, p.SortKey)).ToList();
    }
}
