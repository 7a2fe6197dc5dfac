using Kino.Contracts;
using MassTransit;

namespace Kino.Feed;

/// <summary>A deleted video leaves the feed.</summary>
public sealed class VideoCancelledConsumer(FeedIndex feed) : IConsumer<VideoCancelled>
{
    public Task Consume(ConsumeContext<VideoCancelled> context) => feed.RemoveAsync(context.Message.JobId, context.CancellationToken);
}
