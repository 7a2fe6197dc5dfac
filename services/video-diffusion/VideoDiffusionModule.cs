using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Builder;

namespace Kino.VideoDiffusion;

/// <summary>The picture. PLACEHOLDER: a moving test pattern that shows the prompt, until the diffusion model lands.</summary>
public sealed class VideoDiffusionModule : IKinoModule
{
    public const string ServiceName = "video-diffusion";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddServiceStore(ServiceName);

    // One clip at a time per process: encoding is CPU (later GPU) bound; scale out with replicas instead.
    public void AddConsumers(IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<GenerateVideoConsumer>().Endpoint(e => e.ConcurrentMessageLimit = 1);
}
