using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Kino.ServiceDefaults.Hosting;

/// <summary>
/// One service's registration: its services, consumers and endpoints. The service's own Program.cs
/// and the all-in-one host both compose modules, so the same code runs embedded and distributed.
/// </summary>
public interface IKinoModule
{
    /// <summary>The service name: its store's name, its telemetry name, its queue prefix.</summary>
    string Name { get; }

    void AddServices(WebApplicationBuilder builder);

    void AddConsumers(IBusRegistrationConfigurator bus) { }

    void MapEndpoints(WebApplication app) { }
}
