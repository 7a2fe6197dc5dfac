using Kino.Contracts;
using Kino.Feed.Ranking;
using MassTransit;

namespace Kino.Feed;

/// <summary>
/// Engagement as it happens (from the feed's own API, and remixes from the gateway) teaches the ranking at once.
/// Reports are kept durably, one per person; the one that reaches the threshold hides the video pending review.
/// </summary>
public sealed class FeedEngagementConsumer(FeedIndex feed, FeedEngine engine, ILogger<FeedEngagementConsumer> logger) : IConsumer<EngagementRecorded>
{
    public async Task Consume(ConsumeContext<EngagementRecorded> context)
    {
        var m = context.Message;
        if (m.Type == EngagementTypes.Report && !await feed.ReportAsync(new VideoReport(m.VideoId, m.UserId, m.Reason, m.OccurredAt), context.CancellationToken))
            return;   // this person reported it before
        double fraction = m.VideoSeconds > 0 ? m.WatchSeconds / m.VideoSeconds : 0;
        if (engine.Record(new EngagementSignal(m.UserId, m.VideoId, m.Type, fraction, m.OccurredAt))
            && await feed.SetHiddenAsync(m.VideoId, FeedRemovalReasons.Reported, context.CancellationToken))
        {
            logger.LogWarning("Video {VideoId} hidden pending review: reports reached the threshold", m.VideoId);
            await context.Publish(new FeedItemRemoved(m.VideoId, FeedRemovalReasons.Reported, DateTimeOffset.UtcNow));
        }
    }
}
