using Kino.Contracts;
using Kino.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kino.Events;

/// <summary>
/// Every public contract event, to third parties: as a CloudEvent on the <c>kino.public</c> exchange, and as a webhook
/// delivery to each endpoint that subscribed to its type and may see it (the video's owner's endpoints; the admin's see everything).
/// </summary>
public sealed class PublicEventsConsumer(PublicExchange exchange, WebhookStore store, WebhookDispatcher dispatcher,
    IOptions<EventsOptions> options, IOptions<BusOptions> bus, TimeProvider clock) :
    IConsumer<VideoRequested>, IConsumer<VideoProgressed>, IConsumer<VideoCompleted>, IConsumer<VideoFailed>, IConsumer<VideoPublished>,
    IConsumer<ModerationDecided>, IConsumer<CameoConsentGranted>, IConsumer<CameoConsentRevoked>, IConsumer<EngagementRecorded>,
    IConsumer<UserFollowed>, IConsumer<UserUnfollowed>, IConsumer<FeedItemRemoved>, IConsumer<FeedItemRestored>
{
    public Task Consume(ConsumeContext<VideoRequested> context) => HandleAsync(context, context.Message);
    public Task Consume(ConsumeContext<VideoProgressed> context) => HandleAsync(context, context.Message);
    public Task Consume(ConsumeContext<VideoCompleted> context) => HandleAsync(context, context.Message);
    public Task Consume(ConsumeContext<VideoFailed> context) => HandleAsync(context, context.Message);
    public Task Consume(ConsumeContext<VideoPublished> context) => HandleAsync(context, context.Message);
    public Task Consume(ConsumeContext<ModerationDecided> context) => HandleAsync(context, context.Message);
    public Task Consume(ConsumeContext<CameoConsentGranted> context) => HandleAsync(context, context.Message);
    public Task Consume(ConsumeContext<CameoConsentRevoked> context) => HandleAsync(context, context.Message);
    public Task Consume(ConsumeContext<EngagementRecorded> context) => HandleAsync(context, context.Message);
    public Task Consume(ConsumeContext<UserFollowed> context) => HandleAsync(context, context.Message);
    public Task Consume(ConsumeContext<UserUnfollowed> context) => HandleAsync(context, context.Message);
    public Task Consume(ConsumeContext<FeedItemRemoved> context) => HandleAsync(context, context.Message);
    public Task Consume(ConsumeContext<FeedItemRestored> context) => HandleAsync(context, context.Message);

    private async Task HandleAsync(ConsumeContext context, object message)
    {
        var ct = context.CancellationToken;
        var cloudEvent = PublicEvents.ToCloudEvent(message);
        var body = PublicEvents.Encode(cloudEvent);
        var info = PublicEvents.Describe(message);
        if (message is VideoRequested requested) await store.RecordOwnerAsync(requested.JobId, requested.OwnerId, ct);

        var owners = new HashSet<string>(info.Owners) { options.Value.AdminOwnerId };
        if (info.VideoId is { } video && info.Owners.Count == 0)
        {
            var owner = await store.OwnerOfAsync(video, ct);
            // Its VideoRequested may still be on its way (another queue): retry, and after the bus's retries go on
            // without it (a video made before this service ran), so only the admin's endpoints get it.
            if (owner is null && context.GetRetryAttempt() < bus.Value.RetryLimit)
                throw new InvalidOperationException($"The owner of video {video} is not known yet.");
            if (owner is not null) owners.Add(owner);
        }

        await exchange.PublishAsync(cloudEvent, body, ct);

        var json = System.Text.Encoding.UTF8.GetString(body);
        var now = clock.GetUtcNow();
        bool queued = false;
        foreach (var endpoint in await store.AllEndpointsAsync(ct))
        {
            if (!owners.Contains(endpoint.OwnerId) || !endpoint.EventTypes.Any(p => PublicEvents.Matches(p, info.Type))) continue;
            // The same event to the same endpoint is one delivery, however often the event is redelivered.
            var id = $"msg_{cloudEvent.Id!["evt_".Length..]}{endpoint.Id["we_".Length..]}";
            queued |= await store.EnqueueAsync(new WebhookDelivery(id, endpoint.Id, endpoint.OwnerId, cloudEvent.Id!, info.Type, json, now,
                DeliveryStatus.Pending, 0, now), ct);
        }
        if (queued) dispatcher.Wake();
    }
}
