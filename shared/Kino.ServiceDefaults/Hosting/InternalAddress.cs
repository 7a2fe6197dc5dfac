using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Kino.ServiceDefaults.Hosting;

/// <summary>Where to reach another service's internal API: its configured URL, or this process when the services run together.</summary>
public static class InternalAddress
{
    public static string Resolve(string? configured, IServer server) =>
        configured ?? Self(server) ?? throw new InvalidOperationException("No service URL is configured and this process has no HTTP address.");

    /// <summary>This process's first listening address, with a wildcard host made loopback.</summary>
    public static string? Self(IServer server) =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.Replace("0.0.0.0", "127.0.0.1").Replace("[::]", "127.0.0.1").Replace("+", "127.0.0.1");
}
