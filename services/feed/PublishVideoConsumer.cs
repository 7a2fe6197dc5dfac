using Kino.Contracts;
using Kino.Feed.Ranking;
using Kino.Media;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;

namespace Kino.Feed;

/// <summary>The publish stage: previews (poster frame, spritesheet), the perceptual fingerprint, then the feed entry.</summary>
public sealed class PublishVideoConsumer(
    [FromKeyedServices(FeedModule.ServiceName)] IDocumentStore store,
    IBlobStore blobs,
    FeedIndex feed,
    FeedEngine engine,
    ILogger<PublishVideoConsumer> logger)
    : StageConsumer<PublishVideo, VideoPublished>(store, logger)
{
    protected override string Stage => Stages.Publish;

    protected override async Task<VideoPublished> ExecuteAsync(PublishVideo command, Func<double> elapsed, CancellationToken ct)
    {
        using var workspace = new MediaWorkspace(blobs);
        var video = await workspace.DownloadAsync(command.Video, "video.mp4", ct);
        var seconds = await Ffmpeg.DurationAsync(video, ct);
        await Ffmpeg.ThumbnailAsync(video, seconds, workspace.PathOf("thumbnail.jpg"), ct);
        await Ffmpeg.SpritesheetAsync(video, seconds, workspace.PathOf("spritesheet.jpg"), ct);
        var signature = await VisualSignature.ComputeAsync(video, seconds, ct);
        var thumbnail = await workspace.UploadAsync("thumbnail.jpg", BlobKeys.ForJob(command.JobId, "thumbnail.jpg"), "image/jpeg", ct);
        var spritesheet = await workspace.UploadAsync("spritesheet.jpg", BlobKeys.ForJob(command.JobId, "spritesheet.jpg"), "image/jpeg", ct);
        var cameos = command.Cameos ?? [];
        var item = new FeedItem(command.JobId, command.OwnerId, command.Prompt, command.Video, thumbnail, spritesheet, DateTimeOffset.UtcNow,
            cameos.Select(c => c.CameoId).ToList(), Public: !cameos.Any(c => c.Minor), command.AgeGated, command.RemixOf, seconds, signature);
        await feed.AddAsync(item, ct);
        if (engine.Add(item.ToRanking()) is { } original)
            logger.LogInformation("Video {JobId} near-duplicates {Original}: demoted in the feed", command.JobId, original);
        return new VideoPublished(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Placeholder: false, elapsed(),
            command.Video, thumbnail, spritesheet);
    }
}
