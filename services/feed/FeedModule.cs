using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kino.Feed;

/// <summary>Publishing: renders a video's previews and indexes it in the feed. Ranking is its own issue (recency for now).</summary>
public sealed class FeedModule : IKinoModule
{
    public const string ServiceName = "feed";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStore(ServiceName);
        builder.Services.AddSingleton<FeedIndex>();
        builder.Services.TryAddSingleton(TimeProvider.System);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<PublishVideoConsumer>().Endpoint(e => e.ConcurrentMessageLimit = 2);
        bus.AddConsumer<VideoCancelledConsumer>();
        bus.AddConsumer<FeedTakedownConsumer>();
    }

    public void MapEndpoints(WebApplication app) => app.MapFeedApi();
}
