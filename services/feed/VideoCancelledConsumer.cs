using Kino.Contracts;
using Kino.Feed.Ranking;
using MassTransit;

namespace Kino.Feed;

/// <summary>A deleted video leaves the feed.</summary>
public sealed class VideoCancelledConsumer(FeedIndex feed, FeedEngine engine) : IConsumer<VideoCancelled>
{
    public async Task Consume(ConsumeContext<VideoCancelled> context)
    {
        engine.Remove(context.Message.JobId);
        if (await feed.RemoveAsync(context.Message.JobId, context.CancellationToken))
            await context.Publish(new FeedItemRemoved(context.Message.JobId, FeedRemovalReasons.Deleted, DateTimeOffset.UtcNow));
    }
}
