using Kino.Moderation.Api;
using Kino.Moderation.Checks;
using Kino.Moderation.Classification;
using Kino.Moderation.Consumers;
using Kino.Moderation.Decisions;
using Kino.Moderation.Policy;
using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace Kino.Moderation;

/// <summary>Moderation: the policy as data, prompt and output checks, decision records, and the moderations API.</summary>
public sealed class ModerationModule : IKinoModule
{
    public const string ServiceName = "moderation";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStore(ServiceName);
        builder.Services.AddOptions<ModerationOptions>().BindConfiguration(ModerationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<PolicyProvider>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PolicyProvider>());
        builder.Services.AddSingleton(sp => PromptClassifier.Load(sp.GetRequiredService<IOptions<ModerationOptions>>().Value.ClassifierFile));
        builder.Services.AddSingleton<PromptModerator>();
        builder.Services.AddHttpClient<CameoConsentClient>(http => http.Timeout = TimeSpan.FromSeconds(15));
        builder.Services.AddSingleton<DecisionStore>();
        builder.Services.AddSingleton<DecisionRecorder>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ModeratePromptConsumer>();
        bus.AddConsumer<ModerateOutputConsumer>();
    }

    public void MapEndpoints(WebApplication app) => app.MapModerationsApi();
}
