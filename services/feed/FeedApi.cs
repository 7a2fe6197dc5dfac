using System.Text.Json.Serialization;
using Kino.Contracts;
using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kino.Feed;

/// <summary>The feed's internal API, reached through the gateway's /v1/feed route (the gateway sets the caller's owner id).</summary>
public static class FeedApi
{
    public static void MapFeedApi(this WebApplication app)
    {
        var feed = app.MapInternalApi("/feed");
        feed.MapGet("", ListAsync);
        feed.MapPost("/follows/{user}", FollowAsync);
        feed.MapDelete("/follows/{user}", UnfollowAsync);
    }

    /// <summary>The caller follows a user (by user id); published as <see cref="UserFollowed"/> for anyone who keeps the graph.</summary>
    private static async Task<IResult> FollowAsync(string user, HttpRequest request, FeedIndex feed, IPublishEndpoint bus, TimeProvider clock, CancellationToken ct)
    {
        var owner = request.Headers[InternalApiOptions.OwnerHeader].ToString();
        if (owner.Length == 0) return InternalApi.Error(401, "Not authenticated.", "missing_api_key");
        if (user == owner || user.Length is 0 or > 100) return InternalApi.Error(400, "You can follow another user by their user id.", "invalid_user", "user_id");
        var now = clock.GetUtcNow();
        if (await feed.FollowAsync(owner, user, now, ct)) await bus.Publish(new UserFollowed(owner, user, now), ct);
        return Results.Ok(new { @object = "follow", follower_id = owner, user_id = user, following = true });
    }

    private static async Task<IResult> UnfollowAsync(string user, HttpRequest request, FeedIndex feed, IPublishEndpoint bus, TimeProvider clock, CancellationToken ct)
    {
        var owner = request.Headers[InternalApiOptions.OwnerHeader].ToString();
        if (owner.Length == 0) return InternalApi.Error(401, "Not authenticated.", "missing_api_key");
        if (await feed.UnfollowAsync(owner, user, ct)) await bus.Publish(new UserUnfollowed(owner, user, clock.GetUtcNow()), ct);
        return Results.Ok(new { @object = "follow", follower_id = owner, user_id = user, following = false });
    }

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
        var items = page.Take(take).Select(p => new FeedEntry("video_" + p.Item.JobId.ToString("N"), p.Item.Prompt, p.Item.PublishedAt.ToUnixTimeSeconds(),
            p.Item.OwnerId, p.Item.CameoIds ?? [], p.Item.Public)).ToList();
        var last = page.Take(take).LastOrDefault();
        return TypedResults.Ok(new FeedPage("list", items, page.Count > take,
            page.Count > take ? $"{last.SortKey}.{last.Item.JobId:N}" : null));
    }

    public sealed record FeedEntry(
        [property: JsonPropertyName("video_id")] string VideoId,
        [property: JsonPropertyName("prompt")] string Prompt,
        [property: JsonPropertyName("published_at")] long PublishedAt,
        [property: JsonPropertyName("user_id")] string UserId,
        [property: JsonPropertyName("cameo_ids")] IReadOnlyList<string> CameoIds,
        [property: JsonPropertyName("public")] bool Public);

    public sealed record FeedPage(
        [property: JsonPropertyName("object")] string Object,
        [property: JsonPropertyName("data")] IReadOnlyList<FeedEntry> Data,
        [property: JsonPropertyName("has_more")] bool HasMore,
        [property: JsonPropertyName("next_cursor")] string? NextCursor);
}
