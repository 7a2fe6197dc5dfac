using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Builder;

namespace Kino.Provenance;

/// <summary>C2PA Content Credentials: signs every video's manifest into its MP4, and verifies uploaded clips.</summary>
public sealed class ProvenanceModule : IKinoModule
{
    public const string ServiceName = "provenance";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStore(ServiceName);
        builder.Services.AddOptions<ProvenanceOptions>().BindConfiguration(ProvenanceOptions.Section).ValidateOnStart();
        builder.Services.AddHttpClient(nameof(C2pa.TimeStampAuthority));
        builder.Services.AddSingleton<SigningCredentials>();
        builder.Services.AddSingleton<TrustAnchors>();
        builder.Services.AddHttpClient<WatermarkClient>(http => http.Timeout = TimeSpan.FromSeconds(60));
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumer<SignProvenanceConsumer>();

    public void MapEndpoints(WebApplication app) => app.MapProvenanceApi();
}
