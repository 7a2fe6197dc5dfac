using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Builder;

namespace Kino.Watermark;

/// <summary>Visible and invisible watermarks. PLACEHOLDER: passes the video through unchanged until the watermark issue lands.</summary>
public sealed class WatermarkModule : IKinoModule
{
    public const string ServiceName = "watermark";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddServiceStore(ServiceName);

    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumer<ApplyWatermarkConsumer>();
}
