using Kino.Contracts;
using Kino.Feed.Ranking;
using Kino.Storage;

namespace Kino.Feed;

/// <summary>
/// A published video as the feed stores it. <see cref="CameoIds"/>: the cameos it shows (consent revoked → taken
/// down). <see cref="Public"/> is false for a video with a minor's cameo: only its creator is ever served it.
/// <see cref="HiddenBecause"/> is set while it is hidden pending review (reports) or taken down by an admin.
/// </summary>
public sealed record FeedItem(Guid JobId, string OwnerId, string Prompt, BlobRef Video, BlobRef Thumbnail, BlobRef Spritesheet, DateTimeOffset PublishedAt,
    IReadOnlyList<string>? CameoIds = null, bool Public = true, bool AgeGated = false, Guid? RemixOf = null, double Seconds = 4,
    VisualSignature? Visual = null, string? HiddenBecause = null)
{
    public FeedVideo ToRanking() => new(JobId, OwnerId, Prompt, PublishedAt, Visual, AgeGated, Public, CameoIds, RemixOf);
}

/// <summary>One follow edge: <see cref="FollowerId"/> follows <see cref="FolloweeId"/>.</summary>
public sealed record FollowEdge(string FollowerId, string FolloweeId, DateTimeOffset Since);

/// <summary>One person's report of a video (one per person and video: reporting twice counts once).</summary>
public sealed record VideoReport(Guid VideoId, string UserId, string? Reason, DateTimeOffset At);

/// <summary>
/// The feed's durable store: published videos, follows and reports. The ranking (<see cref="FeedEngine"/>) is built
/// from it in memory at start; views and likes live in the ranking and its periodic snapshot.
/// </summary>
public sealed class FeedIndex([FromKeyedServices(FeedModule.ServiceName)] IDocumentStore store)
{
    private readonly IDocumentCollection<FeedItem> _items = store.Collection<FeedItem>("feed_items");
    private readonly IDocumentCollection<FollowEdge> _follows = store.Collection<FollowEdge>("follows");
    private readonly IDocumentCollection<VideoReport> _reports = store.Collection<VideoReport>("reports");

    private static DocumentKeys KeysOf(FeedItem item) => new(item.OwnerId, item.PublishedAt.ToUnixTimeMilliseconds(), item.HiddenBecause is null ? "visible" : "hidden");

    public async Task AddAsync(FeedItem item, CancellationToken ct)
    {
        try
        {
            await _items.InsertAsync(item.JobId.ToString("N"), item, KeysOf(item), ct);
        }
        catch (DuplicateDocumentException)
        {
            // Already published (a redelivered command): nothing changes.
        }
    }

    public Task<bool> RemoveAsync(Guid jobId, CancellationToken ct) => _items.DeleteAsync(jobId.ToString("N"), ct);

    public async Task<FeedItem?> GetAsync(Guid jobId, CancellationToken ct) => (await _items.GetAsync(jobId.ToString("N"), ct))?.Value;

    /// <summary>Hides (a reason) or restores (null) a video; false when it is gone or already so.</summary>
    public async Task<bool> SetHiddenAsync(Guid jobId, string? because, CancellationToken ct)
    {
        var found = await _items.GetAsync(jobId.ToString("N"), ct);
        if (found is null || found.Value.HiddenBecause == because) return false;
        var changed = found.Value with { HiddenBecause = because };
        await _items.ReplaceAsync(jobId.ToString("N"), changed, KeysOf(changed), found.Version, ct);
        if (because is null)
            foreach (var report in await ReportsAsync(jobId, ct)) await _reports.DeleteAsync($"{jobId:N}:{report.UserId}", ct);
        return true;
    }

    /// <summary>Every published video, for building the ranking at start.</summary>
    public async IAsyncEnumerable<FeedItem> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var tag in new[] { "visible", "hidden" })
        {
            (long, string)? after = null;
            while (true)
            {
                var page = await _items.QueryAsync(new DocumentQuery(Tag: tag, Limit: 1000, After: after), ct);
                foreach (var item in page) yield return item.Document.Value;
                if (page.Count < 1000) break;
                after = (page[^1].SortKey, page[^1].Id);
            }
        }
    }

    public async Task<IReadOnlyList<FeedItem>> HiddenAsync(int limit, CancellationToken ct) =>
        (await _items.QueryAsync(new DocumentQuery(Tag: "hidden", Limit: limit, Descending: true), ct)).Select(i => i.Document.Value).ToList();

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

    public async Task<IReadOnlyList<FollowEdge>> AllFollowsAsync(CancellationToken ct) =>
        (await _follows.QueryAsync(new DocumentQuery(Limit: 1_000_000), ct)).Select(f => f.Document.Value).ToList();

    /// <summary>Records a report (true when this person had not reported the video before).</summary>
    public async Task<bool> ReportAsync(VideoReport report, CancellationToken ct)
    {
        try
        {
            await _reports.InsertAsync($"{report.VideoId:N}:{report.UserId}", report, new DocumentKeys(report.VideoId.ToString("N"), report.At.ToUnixTimeMilliseconds()), ct);
            return true;
        }
        catch (DuplicateDocumentException)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<VideoReport>> ReportsAsync(Guid videoId, CancellationToken ct) =>
        (await _reports.QueryAsync(new DocumentQuery(Partition: videoId.ToString("N"), Limit: 1000), ct)).Select(r => r.Document.Value).ToList();
}
