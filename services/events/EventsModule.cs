using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kino.Events;

/// <summary>Public events for third parties: CloudEvents on the kino.public exchange, and signed webhooks with retries and a delivery log.</summary>
public sealed class EventsModule : IKinoModule
{
    public const string ServiceName = "events";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStore(ServiceName);
        builder.Services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<WebhookStore>();
        builder.Services.AddSingleton<PublicExchange>();
        builder.Services.AddSingleton<WebhookDispatcher>();
        builder.Services.AddHostedService(s => s.GetRequiredService<WebhookDispatcher>());
        builder.Services.TryAddSingleton(TimeProvider.System);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumer<PublicEventsConsumer>();

    public void MapEndpoints(WebApplication app) => app.MapWebhooksApi();
}
