using Kino.Contracts;
using Kino.Feed.Ranking;
using MassTransit;

namespace Kino.Feed;

/// <summary>A cameo's consent was revoked: the videos that relied on it leave the feed at once.</summary>
public sealed class FeedTakedownConsumer(FeedIndex feed, FeedEngine engine, ILogger<FeedTakedownConsumer> logger) : IConsumer<CameoConsentRevoked>
{
    public async Task Consume(ConsumeContext<CameoConsentRevoked> context)
    {
        foreach (var jobId in context.Message.JobIds)
        {
            bool ranked = engine.Remove(jobId);
            if (await feed.RemoveAsync(jobId, context.CancellationToken) || ranked)
            {
                await context.Publish(new FeedItemRemoved(jobId, FeedRemovalReasons.CameoConsentRevoked, DateTimeOffset.UtcNow));
                logger.LogInformation("Video {JobId} taken down from the feed: cameo {CameoId} consent revoked ({Scope}), {DelayMs:F0} ms after the revocation",
                    jobId, context.Message.CameoId, context.Message.Scope, (DateTimeOffset.UtcNow - context.Message.OccurredAt).TotalMilliseconds);
            }
        }
    }
}
