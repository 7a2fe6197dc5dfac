using Kino.ServiceDefaults.Hosting;
using Kino.Watermark.Registry;
using MassTransit;
using Microsoft.AspNetCore.Builder;

namespace Kino.Watermark;

/// <summary>The visible mark and the invisible video and audio marks; detection and key lookup.</summary>
public sealed class WatermarkModule : IKinoModule
{
    public const string ServiceName = "watermark";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStore(ServiceName);
        builder.Services.AddOptions<WatermarkOptions>().BindConfiguration(WatermarkOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton(WatermarkSecret.Engine);
        builder.Services.AddSingleton<WatermarkRegistry>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumer<ApplyWatermarkConsumer>();

    public void MapEndpoints(WebApplication app) => app.MapWatermarkApi();
}
