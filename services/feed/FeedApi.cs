using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kino.Contracts;
using Kino.Feed.Ranking;
using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kino.Feed;

/// <summary>
/// The feed's internal API, reached through the gateway (which authenticates the caller and sets the owner and teen
/// headers): the ranked endless feed, the following feed, profiles, remix chains, engagement, follows, and the admin
/// review of reported videos.
/// </summary>
public static class FeedApi
{
    public static void MapFeedApi(this WebApplication app)
    {
        var feed = app.MapCallerApi("/feed");
        feed.MapGet("", PageAsync);
        feed.MapGet("/following", FollowingAsync);
        feed.MapGet("/users/{user}", ProfileAsync);
        feed.MapGet("/videos/{id}/remixes", RemixesAsync);
        feed.MapGet("/videos/{id}/content", ContentAsync);
        feed.MapPost("/events", EngageAsync);
        feed.MapPost("/follows/{user}", FollowAsync);
        feed.MapDelete("/follows/{user}", UnfollowAsync);
        feed.MapGet("/admin/reports", ReportedAsync);
        feed.MapPost("/admin/videos/{id}/takedown", (string id, HttpRequest r, FeedIndex index, FeedEngine engine, IPublishEndpoint bus, CancellationToken ct) =>
            ReviewAsync(id, hide: true, r, index, engine, bus, ct));
        feed.MapPost("/admin/videos/{id}/restore", (string id, HttpRequest r, FeedIndex index, FeedEngine engine, IPublishEndpoint bus, CancellationToken ct) =>
            ReviewAsync(id, hide: false, r, index, engine, bus, ct));
    }

    private static bool Teen(HttpRequest request) => request.Headers[InternalApiOptions.TeenHeader] == "true";
    private static IResult Error(int status, string message, string code, string? param = null) => InternalApi.Error(status, message, code, param);

    private static readonly ConcurrentDictionary<string, (DateOnly Day, int Served)> TeenScroll = new();

    /// <summary>
    /// The ranked, endless feed. Without <c>cursor</c> a new session starts at the top; with the previous page's
    /// <c>next_cursor</c> it goes on without repeating anything served in the session. <c>personalised=false</c> ranks by
    /// popularity alone (nothing learned about the caller is used).
    /// </summary>
    private static async Task<IResult> PageAsync(HttpRequest request, FeedEngine engine, FeedIndex index, IOptionsMonitor<FeedOptions> options, TimeProvider clock,
        int? limit, string? cursor, string? personalised, CancellationToken ct)
    {
        var user = request.Caller();
        int take = Math.Clamp(limit ?? 10, 1, 100);
        if (cursor is not null && !cursor.StartsWith("c_", StringComparison.Ordinal))
            return Error(400, "'cursor' must be the next_cursor of a previous page.", "invalid_cursor", "cursor");
        if (personalised is not (null or "true" or "false")) return Error(400, "'personalised' must be 'true' or 'false'.", "invalid_parameter", "personalised");
        bool teen = Teen(request);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        int servedToday = 0;
        if (teen && options.CurrentValue.TeenDailyScrollLimit > 0)
        {
            var (day, served) = TeenScroll.GetValueOrDefault(user);
            servedToday = day == today ? served : 0;
            if (servedToday >= options.CurrentValue.TeenDailyScrollLimit)
                return Error(429, $"You have reached today's limit of {options.CurrentValue.TeenDailyScrollLimit} videos. The feed opens again tomorrow.", "daily_scroll_limit_reached");
            take = Math.Min(take, options.CurrentValue.TeenDailyScrollLimit - servedToday);
        }
        if (cursor is null) engine.ResetSession(user);
        var mode = personalised == "false" ? RankingMode.Popularity : RankingMode.Personalised;
        var page = engine.Page(new FeedRequest(user, take, mode, teen, now));
        // The limit counts the videos actually served (a short page counts what it held).
        if (teen && options.CurrentValue.TeenDailyScrollLimit > 0) TeenScroll[user] = (today, servedToday + page.Count);
        var data = page.Select(r => Entry(r.Video, engine, r.Score, r.Source)).ToList();
        return Results.Ok(new FeedPage("list", data, data.Count == take, data.Count == take ? "c_" + Guid.NewGuid().ToString("N") : null));
    }

    private static FeedEntry Entry(FeedVideo v, FeedEngine engine, double? score = null, string? source = null)
    {
        var stats = engine.Stats(v.Id);
        return new FeedEntry("video_" + v.Id.ToString("N"), v.Prompt, v.PublishedAt.ToUnixTimeSeconds(), v.CreatorId, v.CameoIds ?? [], v.Public, v.AgeGated,
            v.RemixOf is { } parent ? "video_" + parent.ToString("N") : null, stats.Views, stats.Likes, score is { } s ? Math.Round(s, 4) : null, source);
    }

    private static bool TryParseVideo(string id, out Guid jobId)
    {
        jobId = default;
        return id.StartsWith("video_", StringComparison.Ordinal) && Guid.TryParseExact(id[6..], "N", out jobId);
    }

    private static DateTimeOffset? Before(long? before) => before is { } b ? DateTimeOffset.FromUnixTimeSeconds(b) : null;

    /// <summary>The newest videos of the people the caller follows (chronological); page with <c>before</c> = the last <c>published_at</c>.</summary>
    private static IResult FollowingAsync(HttpRequest request, FeedEngine engine, int? limit, long? before)
    {
        var videos = engine.Following(request.Caller(), Math.Clamp(limit ?? 20, 1, 100), Before(before), Teen(request));
        return Results.Ok(new { @object = "list", data = videos.Select(v => Entry(v, engine)).ToList() });
    }

    /// <summary>A profile page: a user's visible videos, newest first, and how many follow them.</summary>
    private static IResult ProfileAsync(string user, HttpRequest request, FeedEngine engine, int? limit, long? before)
    {
        var (videos, followers) = engine.Profile(user, request.Caller(), Math.Clamp(limit ?? 20, 1, 100), Before(before), Teen(request));
        return Results.Ok(new { @object = "profile", user_id = user, followers, data = videos.Select(v => Entry(v, engine)).ToList() });
    }

    /// <summary>
    /// A feed video's MP4 (or its poster frame, <c>variant=thumbnail</c>) for anyone who may be served it: the feed's
    /// own player reads videos that are not the caller's. Hidden and removed videos are not served.
    /// </summary>
    private static async Task<IResult> ContentAsync(string id, HttpRequest request, FeedIndex index, FeedEngine engine, Kino.Storage.IBlobStore blobs, string? variant, CancellationToken ct)
    {
        if (!TryParseVideo(id, out var jobId) || await index.GetAsync(jobId, ct) is not { HiddenBecause: null } item || engine.Get(jobId) is null
            || !(item.Public || item.OwnerId == request.Caller()) || (item.AgeGated && Teen(request)))
            return Error(404, "No such video in the feed.", "not_found", "id");
        var blob = variant switch
        {
            null or "video" => item.Video,
            "thumbnail" => item.Thumbnail,
            _ => null,
        };
        if (blob is null) return Error(400, "'variant' must be 'video' or 'thumbnail'.", "invalid_variant", "variant");
        var stream = await blobs.OpenReadAsync(blob.Key, ct);
        return stream is null ? Error(404, "The video's media is gone.", "not_found", "id") : Results.Stream(stream, blob.ContentType, enableRangeProcessing: true);
    }

    /// <summary>A video's remix chain: what it remixes (oldest first) and every remix of it.</summary>
    private static IResult RemixesAsync(string id, HttpRequest request, FeedEngine engine)
    {
        if (!TryParseVideo(id, out var jobId) || engine.Get(jobId) is not { } video || !(video.Public || video.CreatorId == request.Caller()))
            return Error(404, "No such video in the feed.", "not_found", "id");
        var (ancestors, descendants) = engine.RemixChain(jobId);
        return Results.Ok(new
        {
            @object = "remix_chain",
            video = Entry(video, engine),
            ancestors = ancestors.Select(v => Entry(v, engine)).ToList(),
            remixes = descendants.Where(v => v.Public || v.CreatorId == request.Caller()).Select(v => Entry(v, engine)).ToList(),
        });
    }

    /// <summary>
    /// Engagement: <c>{"video_id", "type": view|like|share|report|not_interested, "watch_seconds"?, "reason"?}</c>.
    /// Published as <see cref="EngagementRecorded"/> (third parties see it too); the ranking learns from it.
    /// </summary>
    private static async Task<IResult> EngageAsync(HttpRequest request, FeedEngine engine, FeedIndex index, IPublishEndpoint bus, TimeProvider clock, CancellationToken ct)
    {
        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            body = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return Error(400, $"The body is not valid JSON: {e.Message}", "invalid_json");
        }
        if (body.ValueKind != JsonValueKind.Object) return Error(400, "Send a JSON object.", "invalid_json");
        foreach (var p in body.EnumerateObject())
            if (p.Name is not ("video_id" or "type" or "watch_seconds" or "reason")) return Error(400, $"Unknown parameter: '{p.Name}'.", "unknown_parameter", p.Name);
        var type = body.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        // Remixes are recorded when a remix is made (POST /v1/videos/{id}/remix), never claimed.
        string[] accepted = [EngagementTypes.View, EngagementTypes.Like, EngagementTypes.Share, EngagementTypes.Report, EngagementTypes.NotInterested];
        if (!accepted.Contains(type)) return Error(400, $"'type' must be one of {string.Join(", ", accepted)}.", "invalid_type", "type");
        if (!body.TryGetProperty("video_id", out var v) || v.ValueKind != JsonValueKind.String || !TryParseVideo(v.GetString()!, out var videoId))
            return Error(400, "'video_id' must be a video id (video_…).", "invalid_video_id", "video_id");
        var item = await index.GetAsync(videoId, ct);
        if (item is null || item.HiddenBecause is not null || !(item.Public || item.OwnerId == request.Caller()))
            return Error(404, "No such video in the feed.", "not_found", "video_id");
        double watched = 0;
        if (type == EngagementTypes.View)
        {
            if (!body.TryGetProperty("watch_seconds", out var w) || w.ValueKind != JsonValueKind.Number || !w.TryGetDouble(out watched) || watched < 0 || watched > 24 * 3600)
                return Error(400, "A view needs 'watch_seconds': how long it was watched (0 or more; loops count).", "invalid_watch_seconds", "watch_seconds");
        }
        var reason = body.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()![..Math.Min(500, r.GetString()!.Length)] : null;
        var recorded = new EngagementRecorded(Guid.NewGuid(), request.Caller(), videoId, type, watched, item.Seconds, reason, clock.GetUtcNow());
        await bus.Publish(recorded, ct);
        return Results.Accepted(value: new { id = "evt_" + recorded.EventId.ToString("N"), @object = "engagement", type, video_id = "video_" + videoId.ToString("N") });
    }

    /// <summary>The caller follows a user (by user id); published as <see cref="UserFollowed"/> for anyone who keeps the graph.</summary>
    private static async Task<IResult> FollowAsync(string user, HttpRequest request, FeedIndex index, FeedEngine engine, IPublishEndpoint bus, TimeProvider clock, CancellationToken ct)
    {
        var owner = request.Caller();
        if (user == owner || user.Length is 0 or > 100) return Error(400, "You can follow another user by their user id.", "invalid_user", "user_id");
        var now = clock.GetUtcNow();
        if (await index.FollowAsync(owner, user, now, ct)) await bus.Publish(new UserFollowed(owner, user, now), ct);
        engine.Follow(owner, user, true);
        return Results.Ok(new { @object = "follow", follower_id = owner, user_id = user, following = true });
    }

    private static async Task<IResult> UnfollowAsync(string user, HttpRequest request, FeedIndex index, FeedEngine engine, IPublishEndpoint bus, TimeProvider clock, CancellationToken ct)
    {
        var owner = request.Caller();
        if (await index.UnfollowAsync(owner, user, ct)) await bus.Publish(new UserUnfollowed(owner, user, clock.GetUtcNow()), ct);
        engine.Follow(owner, user, false);
        return Results.Ok(new { @object = "follow", follower_id = owner, user_id = user, following = false });
    }

    /// <summary>The review queue: videos hidden by reports or taken down, newest first, with their reports.</summary>
    private static async Task<IResult> ReportedAsync(FeedIndex index, FeedEngine engine, CancellationToken ct)
    {
        var hidden = await index.HiddenAsync(100, ct);
        var data = new List<object>();
        foreach (var item in hidden)
            data.Add(new
            {
                video_id = "video_" + item.JobId.ToString("N"), user_id = item.OwnerId, prompt = item.Prompt, hidden_because = item.HiddenBecause,
                reports = (await index.ReportsAsync(item.JobId, ct)).Select(r => new { user_id = r.UserId, reason = r.Reason, at = r.At.ToUnixTimeSeconds() }).ToList(),
            });
        return Results.Ok(new { @object = "list", data });
    }

    /// <summary>An admin takes a video down, or restores it after review (its reports are cleared).</summary>
    private static async Task<IResult> ReviewAsync(string id, bool hide, HttpRequest request, FeedIndex index, FeedEngine engine, IPublishEndpoint bus, CancellationToken ct)
    {
        if (!TryParseVideo(id, out var jobId) || await index.GetAsync(jobId, ct) is null) return Error(404, "No such video in the feed.", "not_found", "id");
        bool changed = await index.SetHiddenAsync(jobId, hide ? FeedRemovalReasons.AdminTakedown : null, ct);
        engine.SetHidden(jobId, hide);
        if (changed && hide) await bus.Publish(new FeedItemRemoved(jobId, FeedRemovalReasons.AdminTakedown, DateTimeOffset.UtcNow), ct);
        if (changed && !hide) await bus.Publish(new FeedItemRestored(jobId, request.Caller(), DateTimeOffset.UtcNow), ct);
        return Results.Ok(new { video_id = id, @object = "feed_item", hidden = hide, changed });
    }

    public sealed record FeedEntry(
        [property: JsonPropertyName("video_id")] string VideoId,
        [property: JsonPropertyName("prompt")] string Prompt,
        [property: JsonPropertyName("published_at")] long PublishedAt,
        [property: JsonPropertyName("user_id")] string UserId,
        [property: JsonPropertyName("cameo_ids")] IReadOnlyList<string> CameoIds,
        [property: JsonPropertyName("public")] bool Public,
        [property: JsonPropertyName("age_gated")] bool AgeGated,
        [property: JsonPropertyName("remixed_from_video_id")] string? RemixedFrom,
        [property: JsonPropertyName("views")] int Views,
        [property: JsonPropertyName("likes")] int Likes,
        [property: JsonPropertyName("score"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Score,
        [property: JsonPropertyName("source"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Source);

    public sealed record FeedPage(
        [property: JsonPropertyName("object")] string Object,
        [property: JsonPropertyName("data")] IReadOnlyList<FeedEntry> Data,
        [property: JsonPropertyName("has_more")] bool HasMore,
        [property: JsonPropertyName("next_cursor")] string? NextCursor);
}
