using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Builder;

namespace Kino.AudioSynthesis;

/// <summary>The sound: dialogue (libespeak-ng), DSP ambience and effects, procedural music, mixed to −14 LUFS.</summary>
public sealed class AudioSynthesisModule : IKinoModule
{
    public const string ServiceName = "audio-synthesis";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddServiceStore(ServiceName);

    public void AddConsumers(IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<SynthesizeAudioConsumer>().Endpoint(e => e.ConcurrentMessageLimit = 2);
}
