using Kino.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kino.Feed;

/// <summary>The feed's internal API, reached through the gateway's /v1/feed route (the gateway sets the caller's owner id).</summary>
public static class FeedApi
{
    public static void MapFeedApi(this WebApplication app) => app.MapInternalApi("/feed").MapGet("", ListAsync);

    private static async Task<Results<Ok<FeedPage>, BadRequest<string>>> ListAsync(HttpRequest request, FeedIndex feed, int? limit, string? after, CancellationToken ct)
    {
        var owner = request.Headers[InternalApiOptions.OwnerHeader].ToString();
        if (string.IsNullOrEmpty(owner)) return TypedResults.BadRequest("missing owner");
        var take = Math.Clamp(limit ?? 20, 1, 100);
        (long, string)? cursor = null;
        if (after is not null)
        {
            var parts = after.Split('.', 2);
            if (parts.Length != 2 || !long.TryParse(parts[0], out var sortKey)) return TypedResults.BadRequest("invalid cursor");
            cursor = (sortKey, parts[1]);
        }
        var page = await feed.PageAsync(owner, take + 1, cursor, ct);
        var items = page.Take(take).Select(p => new FeedEntry("video_" + p.Item.JobId.ToString("N"), p.Item.Prompt, p.Item.PublishedAt.ToUnixTimeSeconds())).ToList();
        var last = page.Take(take).LastOrDefault();
        return TypedResults.Ok(new FeedPage("list", items, page.Count > take,
            page.Count > take ? $"{last.SortKey}.{last.Item.JobId:N}" : null));
    }

    public sealed record FeedEntry(string VideoId, string Prompt, long PublishedAt);
    public sealed record FeedPage(string Object, IReadOnlyList<FeedEntry> Data, bool HasMore, string? NextCursor);
}
