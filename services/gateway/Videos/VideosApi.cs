using Kino.Contracts;
using Kino.Gateway.Api;
using Kino.Gateway.Auth;
using Kino.Storage;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kino.Gateway.Videos;

/// <summary>OpenAI's Videos API: create, list, retrieve, delete, download content, remix.</summary>
public static class VideosApi
{
    public static void MapVideosApi(this IEndpointRouteBuilder app)
    {
        var videos = app.MapGroup("/v1/videos").WithTags("Videos");
        videos.MapPost("", CreateAsync).WithName("CreateVideo");
        videos.MapGet("", ListAsync).WithName("ListVideos");
        videos.MapGet("/{id}", RetrieveAsync).WithName("RetrieveVideo");
        videos.MapDelete("/{id}", DeleteAsync).WithName("DeleteVideo");
        videos.MapGet("/{id}/content", ContentAsync).WithName("DownloadVideoContent");
        videos.MapPost("/{id}/remix", RemixAsync).WithName("RemixVideo");
        videos.MapPost("/extensions", ExtendAsync).WithName("CreateVideoExtension");
    }

    private static async Task<IResult> CreateAsync(HttpContext http, VideoIntake intake, IOptionsMonitor<GatewayOptions> options, CancellationToken ct)
    {
        var principal = http.Principal();
        var request = await CreateVideoRequest.ReadAsync(http.Request, options.CurrentValue, ct);
        var record = await intake.SubmitAsync(principal, request, remixOf: null, ct);
        return Results.Ok(VideoObject.From(record));
    }

    private static async Task<IResult> ListAsync(HttpContext http, VideoStore store, CancellationToken ct)
    {
        var principal = http.Principal();
        var query = http.Request.Query;
        foreach (var key in query.Keys)
            if (key is not ("limit" or "after" or "order"))
                throw ApiError.BadRequest($"Unknown query parameter: '{key}'.", key, "unknown_parameter");
        var limit = 20;
        if (query.TryGetValue("limit", out var limitText) && (!int.TryParse(limitText, out limit) || limit is < 1 or > 100))
            throw ApiError.BadRequest("'limit' must be an integer from 1 to 100.", "limit");
        var order = query.TryGetValue("order", out var orderText) ? orderText.ToString() : "desc";
        if (order is not ("asc" or "desc"))
            throw ApiError.BadRequest("'order' must be 'asc' or 'desc'.", "order");
        VideoRecord? after = null;
        if (query.TryGetValue("after", out var afterText))
        {
            if (!VideoRecord.TryParseId(afterText.ToString(), out var afterId)
                || (after = await store.GetOwnedAsync(afterId, principal.OwnerId, ct)) is null)
                throw ApiError.BadRequest($"'after' must be the id of one of your videos.", "after");
        }
        var (page, hasMore) = await store.ListAsync(principal.OwnerId, limit, order == "desc", after, ct);
        var data = page.Select(VideoObject.From).ToList();
        return Results.Ok(new VideoList("list", data, hasMore, data.FirstOrDefault()?.Id, data.LastOrDefault()?.Id));
    }

    private static async Task<IResult> RetrieveAsync(string id, HttpContext http, VideoStore store, CancellationToken ct) =>
        Results.Ok(VideoObject.From(await OwnedAsync(id, http, store, ct)));

    private static async Task<IResult> DeleteAsync(string id, HttpContext http, VideoStore store, IBlobStore blobs, IPublishEndpoint bus, CancellationToken ct)
    {
        var record = await OwnedAsync(id, http, store, ct);
        await store.DeleteAsync(record.JobId, ct);
        // Stop the job, take it out of the feed, drop its media. The orchestrator removes media again if a stage finishes late.
        await bus.Publish(new VideoCancelled(record.JobId, record.JobId, DateTimeOffset.UtcNow, record.OwnerId), ct);
        await blobs.DeletePrefixAsync(BlobKeys.ForJob(record.JobId, ""), ct);
        return Results.Ok(new DeletedVideo(VideoRecord.PublicId(record.JobId), "video.deleted", true));
    }

    private static async Task<IResult> ContentAsync(string id, HttpContext http, VideoStore store, IBlobStore blobs, IOptionsMonitor<GatewayOptions> options, CancellationToken ct)
    {
        var variant = http.Request.Query.TryGetValue("variant", out var v) ? v.ToString() : "video";
        // Kino's extension: visible_watermark=false downloads the copy without the visible mark, where the plan allows it.
        bool visible = http.Request.Query.TryGetValue("visible_watermark", out var w) ? w.ToString() switch
        {
            "true" => true,
            "false" => false,
            _ => throw ApiError.BadRequest("'visible_watermark' must be 'true' or 'false'.", "visible_watermark"),
        } : true;
        if (!visible)
        {
            var principal = http.Principal();
            if (variant != "video") throw ApiError.BadRequest("'visible_watermark=false' applies to the 'video' variant only.", "visible_watermark");
            if (!(options.CurrentValue.Plans.TryGetValue(principal.Plan, out var plan) && plan.UnmarkedDownloads))
                throw new ApiError(403, $"The '{principal.Plan}' plan does not allow downloads without the visible watermark.", "plan_does_not_allow_unmarked_download");
        }
        var record = await OwnedAsync(id, http, store, ct);
        if (record.TakenDownBecause is { } because) throw new ApiError(410, $"This video was taken down: {because}", "video_taken_down");
        if (!visible)
        {
            if (record.Status == "completed" && record.UnmarkedVideo is null)
                throw ApiError.Conflict("This video has no copy without the visible watermark: it was made before your plan allowed one.", "unmarked_copy_unavailable");
        }
        var blob = variant switch
        {
            "video" => visible ? record.Video : record.UnmarkedVideo,
            "thumbnail" => record.Thumbnail,
            "spritesheet" => record.Spritesheet,
            _ => throw ApiError.BadRequest("'variant' must be one of 'video', 'thumbnail', 'spritesheet'.", "variant"),
        };
        if (record.Status != "completed" || blob is null)
            throw ApiError.Conflict($"Video is not ready yet: its status is '{record.Status}'.", "video_not_ready");
        var stream = await blobs.OpenReadAsync(blob.Key, ct) ?? throw ApiError.NotFound("content");
        var extension = variant == "video" ? "mp4" : "jpg";
        return Results.Stream(stream, blob.ContentType, $"{VideoRecord.PublicId(record.JobId)}-{variant}.{extension}", enableRangeProcessing: true);
    }

    private static async Task<IResult> RemixAsync(string id, HttpContext http, VideoStore store, VideoIntake intake, IOptionsMonitor<GatewayOptions> options,
        IPublishEndpoint bus, CancellationToken ct)
    {
        var source = await OwnedAsync(id, http, store, ct);
        var fields = await JsonFields.ReadStringsAsync(http.Request, ["prompt"], ct);
        if (source.Status != "completed" || source.Video is null)
            throw ApiError.Conflict($"Only completed videos can be remixed; this one is '{source.Status}'.", "video_not_ready");
        fields["model"] = source.Model;
        fields["seconds"] = source.Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["size"] = source.Size;
        var request = CreateVideoRequest.Validate(fields, null, options.CurrentValue);
        var record = await intake.SubmitAsync(http.Principal(), request, source, ct);
        // A remix is engagement with its source: the feed learns from it, third parties see it.
        await bus.Publish(new EngagementRecorded(Guid.NewGuid(), http.Principal().OwnerId, source.JobId, EngagementTypes.Remix, 0, source.Seconds, null, DateTimeOffset.UtcNow), ct);
        return Results.Ok(VideoObject.From(record));
    }

    /// <summary>OpenAI's extend: a new video that continues a completed one from its last frames, for <c>seconds</c> more.</summary>
    private static async Task<IResult> ExtendAsync(HttpContext http, VideoStore store, VideoIntake intake, IOptionsMonitor<GatewayOptions> options, CancellationToken ct)
    {
        var extension = await ExtendVideoRequest.ReadAsync(http.Request, ct);
        var source = await OwnedAsync(extension.VideoId, http, store, ct);
        if (source.Status != "completed" || source.Video is null)
            throw ApiError.Conflict($"Only completed videos can be extended; this one is '{source.Status}'.", "video_not_ready");
        if (!CreateVideoRequest.AllowedSeconds.Contains(extension.Seconds))
            throw ApiError.BadRequest($"Unsupported value for 'seconds': '{extension.Seconds}'. Supported values are: '4', '8', '12'.", "seconds");
        var fields = new Dictionary<string, string>
        {
            ["prompt"] = extension.Prompt, ["model"] = source.Model, ["size"] = source.Size,
            ["seconds"] = extension.Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var request = CreateVideoRequest.Validate(fields, null, options.CurrentValue) with { Seconds = source.Seconds + extension.Seconds };
        var record = await intake.SubmitAsync(http.Principal(), request, remixOf: null, ct, extends: source);
        return Results.Ok(VideoObject.From(record));
    }

    private static async Task<VideoRecord> OwnedAsync(string id, HttpContext http, VideoStore store, CancellationToken ct)
    {
        // Another owner's video is indistinguishable from a missing one.
        if (!VideoRecord.TryParseId(id, out var jobId)) throw ApiError.NotFound("video");
        return await store.GetOwnedAsync(jobId, http.Principal().OwnerId, ct) ?? throw ApiError.NotFound("video");
    }

    public sealed record VideoList(
        [property: System.Text.Json.Serialization.JsonPropertyName("object")] string Object,
        [property: System.Text.Json.Serialization.JsonPropertyName("data")] IReadOnlyList<VideoObject> Data,
        [property: System.Text.Json.Serialization.JsonPropertyName("has_more")] bool HasMore,
        [property: System.Text.Json.Serialization.JsonPropertyName("first_id")] string? FirstId,
        [property: System.Text.Json.Serialization.JsonPropertyName("last_id")] string? LastId);

    public sealed record DeletedVideo(
        [property: System.Text.Json.Serialization.JsonPropertyName("id")] string Id,
        [property: System.Text.Json.Serialization.JsonPropertyName("object")] string Object,
        [property: System.Text.Json.Serialization.JsonPropertyName("deleted")] bool Deleted);
}
