using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Builder;

namespace Kino.Moderation;

/// <summary>Prompt moderation. PLACEHOLDER policy (a configurable term list) until the moderation issue lands.</summary>
public sealed class ModerationModule : IKinoModule
{
    public const string ServiceName = "moderation";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStore(ServiceName);
        builder.Services.AddOptions<PlaceholderPolicyOptions>().BindConfiguration(PlaceholderPolicyOptions.Section).ValidateOnStart();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumer<ModeratePromptConsumer>();
}
