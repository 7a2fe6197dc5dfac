using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Builder;

namespace Kino.Provenance;

/// <summary>C2PA Content Credentials. PLACEHOLDER: passes the video through unsigned until the provenance issue lands.</summary>
public sealed class ProvenanceModule : IKinoModule
{
    public const string ServiceName = "provenance";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddServiceStore(ServiceName);

    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumer<SignProvenanceConsumer>();
}
