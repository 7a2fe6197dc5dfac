using Kino.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kino.ServiceDefaults.Hosting;

public static class StoreHealth
{
    /// <summary>Adds the service's store (keyed by service name) and its readiness check.</summary>
    public static IServiceCollection AddServiceStore(this IServiceCollection services, string serviceName)
    {
        services.AddKinoStorage(serviceName);
        services.AddHealthChecks().Add(new HealthCheckRegistration($"store-{serviceName}",
            sp => new StoreHealthCheck(sp.GetRequiredKeyedService<IDocumentStore>(serviceName)),
            HealthStatus.Unhealthy, [ServiceDefaultsExtensions.ReadyTag]));
        return services;
    }

    private sealed class StoreHealthCheck(IDocumentStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            try
            {
                await store.PingAsync(ct);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e)
            {
                return HealthCheckResult.Unhealthy("store unreachable", e);
            }
        }
    }
}
