using Kino.Contracts;
using Kino.Storage;

namespace Kino.Feed;

/// <summary>A published video as the feed lists it.</summary>
public sealed record FeedItem(Guid JobId, string OwnerId, string Prompt, BlobRef Video, BlobRef Thumbnail, BlobRef Spritesheet, DateTimeOffset PublishedAt);

/// <summary>The feed's store of published videos.</summary>
public sealed class FeedIndex([FromKeyedServices(FeedModule.ServiceName)] IDocumentStore store)
{
    private readonly IDocumentCollection<FeedItem> _items = store.Collection<FeedItem>("feed_items");

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

    public Task RemoveAsync(Guid jobId, CancellationToken ct) => _items.DeleteAsync(jobId.ToString("N"), ct);

    /// <summary>Newest first, one owner's items (sharing with others comes with the feed issue).</summary>
    public async Task<IReadOnlyList<(FeedItem Item, long SortKey)>> PageAsync(string ownerId, int limit, (long, string)? after, CancellationToken ct)
    {
        var page = await _items.QueryAsync(new DocumentQuery(Partition: ownerId, Limit: limit, Descending: true, After: after), ct);
        return page.Select(p => (p.Document.Value, p.SortKey)).ToList();
    }
}
