using Kino.Gateway.Api;
using Kino.Gateway.Auth;
using Kino.Gateway.Proxy;
using Kino.Gateway.Videos;
using Kino.Gateway.Web;
using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Kino.Gateway;

/// <summary>The public REST API (OpenAI Videos compatible), API keys, limits, and YARP routes to internal APIs.</summary>
public sealed class GatewayModule : IKinoModule
{
    public const string ServiceName = "gateway";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStore(ServiceName);
        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section).ValidateDataAnnotations()
            .Configure(o => o.AdminKey ??= builder.Configuration["KINO_API_KEY"])
            .Validate(o => o.Models.Count > 0 && o.Plans.Count > 0, "At least one model and one plan must be configured.")
            .Validate(o => o.ReferenceImageAllowedNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)),
                "Kino:Gateway:ReferenceImageAllowedNetworks must hold CIDR networks such as 10.1.2.0/24.")
            .Validate(o => o.TrustedProxyNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)),
                "Kino:Gateway:TrustedProxyNetworks must hold CIDR networks such as 10.0.0.0/8.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<GatewayOptions>>((forwarded, gateway) =>
        {
            // Only the configured proxies are believed (ASP.NET Core would trust loopback by default).
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            forwarded.ForwardLimit = null;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var network in gateway.Value.TrustedProxyNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        var maxBody = builder.Configuration.GetValue<long?>($"{GatewayOptions.Section}:MaxBodyBytes") ?? new GatewayOptions().MaxBodyBytes;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxBody);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ApiKeyStore>();
        builder.Services.AddSingleton<Invites>();
        builder.Services.AddSingleton<DailyQuota>();
        builder.Services.AddSingleton<VideoStore>();
        builder.Services.AddScoped<VideoIntake>();
        builder.Services.AddSingleton<ReferenceImageFetcher>();
        builder.Services.AddHostedService<GatewayStartup>();
        builder.Services.AddInternalRoutes();
        builder.Services.AddOpenApi("v1");
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumer<VideoStatusConsumer>();

    public void MapEndpoints(WebApplication app)
    {
        WebApp.Serve(app);
        app.UseMiddleware<ErrorHandlingMiddleware>();
        // Only with proxies named: with no known proxy at all, ASP.NET Core's middleware would believe anyone's header.
        if (app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value.TrustedProxyNetworks.Count > 0) app.UseForwardedHeaders();
        app.UseMiddleware<RequestGate>();
        app.MapOpenApi("/v1/openapi.json");
        app.MapVideosApi();
        app.MapAdminApi();
        app.MapAccountApi();
        app.MapReverseProxy();
        InternalRoutes.ConfigureRoutes(app);
        // Anything else under /v1 is an unknown route, answered in the API's error shape.
        app.MapFallback("/v1/{**path}", () => new ApiError(404, "Unknown API route.", "unknown_route").ToResult());
    }
}
