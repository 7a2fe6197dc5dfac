using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Builder;

namespace Kino.LipSync;

/// <summary>Mouths follow the speech, then picture and sound are muxed. PLACEHOLDER: muxes without moving mouths.</summary>
public sealed class LipSyncModule : IKinoModule
{
    public const string ServiceName = "lip-sync";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStore(ServiceName);
        builder.Services.AddOptions<Faces.LipSyncOptions>().BindConfiguration(Faces.LipSyncOptions.Section);
        builder.Services.AddHttpClient<Faces.CameoFaceClient>(http => http.Timeout = TimeSpan.FromSeconds(30));
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<LipSyncConsumer>().Endpoint(e => e.ConcurrentMessageLimit = 2);
}
