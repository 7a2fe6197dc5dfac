using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kino.Feed;

/// <summary>Publishing (previews, fingerprint, feed entry) and the ranked feed that learns from engagement.</summary>
public sealed class FeedModule : IKinoModule
{
    public const string ServiceName = "feed";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStore(ServiceName);
        builder.Services.AddSingleton<FeedIndex>();
        builder.Services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(s => new Ranking.FeedEngine(s.GetRequiredService<Microsoft.Extensions.Options.IOptions<FeedOptions>>().Value.Ranking));
        builder.Services.AddHostedService<FeedEngineHost>();
        builder.Services.TryAddSingleton(TimeProvider.System);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<PublishVideoConsumer>().Endpoint(e => e.ConcurrentMessageLimit = 2);
        bus.AddConsumer<VideoCancelledConsumer>();
        bus.AddConsumer<FeedTakedownConsumer>();
        bus.AddConsumer<FeedEngagementConsumer>();
    }

    public void MapEndpoints(WebApplication app) => app.MapFeedApi();
}
