using Kino.Cameo.Api;
using Kino.Cameo.Consent;
using Kino.Cameo.Consumers;
using Kino.Cameo.Likeness;
using Kino.Cameo.Privacy;
using Kino.ServiceDefaults.Hosting;
using Kino.Storage;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kino.Cameo;

/// <summary>Cameos: consented likeness and voice, who may use them, every use, revocation and takedown.</summary>
public sealed class CameoModule : IKinoModule
{
    public const string ServiceName = "cameo";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStore(ServiceName);
        builder.Services.AddOptions<CameoOptions>().BindConfiguration(CameoOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => FaceDetector.Load());
        builder.Services.AddSingleton(s => new LikenessExtractor(s.GetRequiredService<FaceDetector>(), s.GetRequiredService<IOptions<CameoOptions>>().Value));
        builder.Services.AddSingleton(s => new MediaVault(s.GetRequiredService<IBlobStore>(), MediaVault.LoadKey(
            s.GetRequiredService<IOptions<CameoOptions>>().Value, s.GetRequiredService<IOptions<StorageOptions>>().Value, s.GetRequiredService<ILoggerFactory>().CreateLogger("Kino.Cameo"))));
        builder.Services.AddSingleton<CameoStore>();
        builder.Services.AddScoped<ConsentLedger>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumer<CameoUsageConsumer>();

    public void MapEndpoints(WebApplication app)
    {
        app.MapCameosApi();
        app.MapConsentApi();
    }
}
