using Kino.Gateway.Auth;
using Kino.ServiceDefaults.Hosting;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Transforms;

namespace Kino.Gateway.Proxy;

/// <summary>
/// YARP routes from the public API to the services' internal APIs. The gateway has already authenticated
/// and rate-limited the caller; the proxy adds the caller's owner id and the internal token, and drops any the client sent.
/// </summary>
public static class InternalRoutes
{
    public static IServiceCollection AddInternalRoutes(this IServiceCollection services)
    {
        services.AddReverseProxy()
            .LoadFromMemory([], [])
            .AddTransforms(context => context.AddRequestTransform(transform =>
            {
                var headers = transform.ProxyRequest.Headers;
                headers.Remove(InternalApiOptions.OwnerHeader);
                headers.Remove(InternalApiOptions.Header);
                headers.Authorization = null;
                var principal = transform.HttpContext.Principal();
                headers.Remove(InternalApiOptions.TeenHeader);
                headers.Remove(InternalApiOptions.HandleHeader);
                headers.Add(InternalApiOptions.OwnerHeader, principal.OwnerId);
                if (principal.Handle is { } handle) headers.Add(InternalApiOptions.HandleHeader, handle);
                if (principal.Teen) headers.Add(InternalApiOptions.TeenHeader, "true");
                headers.Add(InternalApiOptions.Header, transform.HttpContext.RequestServices.GetRequiredService<IOptions<InternalApiOptions>>().Value.InternalToken);
                return ValueTask.CompletedTask;
            }));
        return services;
    }

    /// <summary>Every public route the gateway proxies: public path and methods → the service's internal path.</summary>
    public static readonly IReadOnlyList<RouteConfig> Routes =
    [
        Route("feed", "/v1/feed", "/feed", "feed"),
        Route("feed-following", "/v1/feed/following", "/feed/following", "feed"),
        Route("feed-events", "/v1/feed/events", "/feed/events", "feed", "POST"),
        Route("profile", "/v1/users/{user}/videos", "/feed/users/{user}", "feed"),
        Route("remixes", "/v1/videos/{id}/remixes", "/feed/videos/{id}/remixes", "feed"),
        Route("feed-content", "/v1/feed/videos/{id}/content", "/feed/videos/{id}/content", "feed"),
        Route("feed-admin", "/v1/admin/feed/{**rest}", "/feed/admin/{**rest}", "feed", "GET", "POST"),
        Route("follow", "/v1/users/{user}/follow", "/feed/follows/{user}", "feed", "POST", "DELETE"),
        // OpenAI's characters are Kino's cameos; Kino's own cameo API (settings, grants, uses) sits beside them.
        Route("characters-create", "/v1/videos/characters", "/cameos/characters", "cameo", "POST"),
        Route("characters-get", "/v1/videos/characters/{id}", "/cameos/characters/{id}", "cameo"),
        Route("cameos", "/v1/cameos/{**rest}", "/cameos/{**rest}", "cameo", "GET", "POST", "PATCH", "DELETE"),
        Route("jobs", "/v1/admin/jobs/{id}", "/jobs/{id}", "orchestrator"),
        Route("moderations", "/v1/moderations", "/moderation/moderations", "moderation", "POST"),
        Route("moderation-decisions", "/v1/admin/moderation/decisions/{id}", "/moderation/decisions/{id}", "moderation"),
        Route("moderation-override", "/v1/admin/moderation/decisions/{id}/override", "/moderation/decisions/{id}/override", "moderation", "POST"),
        Route("moderation-policy", "/v1/admin/moderation/policy", "/moderation/policy", "moderation"),
        Route("provenance-checks", "/v1/content_provenance_checks", "/provenance/content_provenance_checks", "provenance", "POST"),
        Route("provenance-verify", "/v1/provenance/verify", "/provenance/verify", "provenance", "POST"),
        Route("webhooks", "/v1/webhooks", "/events/webhooks", "events", "GET", "POST"),
        Route("webhooks-rest", "/v1/webhooks/{**rest}", "/events/webhooks/{**rest}", "events", "GET", "POST", "DELETE"),
    ];

    /// <summary>Sets the routes once the server knows its own address (all-in-one proxies to itself).</summary>
    public static void ConfigureRoutes(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var options = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value;
            var self = InternalAddress.Self(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()) ?? "http://127.0.0.1:8080";
            var clusters = new[]
            {
                Cluster("feed", options.FeedUrl ?? self),
                Cluster("orchestrator", options.OrchestratorUrl ?? self),
                Cluster("moderation", options.ModerationUrl ?? self),
                Cluster("provenance", options.ProvenanceUrl ?? self),
                Cluster("cameo", options.CameoUrl ?? self),
                Cluster("events", options.EventsUrl ?? self),
            };
            app.Services.GetRequiredService<InMemoryConfigProvider>().Update(Routes, clusters);
        });
    }

    private static RouteConfig Route(string id, string path, string target, string cluster, params string[] methods) => new()
    {
        RouteId = id,
        ClusterId = cluster,
        Match = new RouteMatch { Path = path, Methods = methods.Length == 0 ? ["GET"] : methods },
        Transforms = [new Dictionary<string, string> { ["PathPattern"] = target }],
    };

    private static ClusterConfig Cluster(string id, string address) => new()
    {
        ClusterId = id,
        Destinations = new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = address } },
    };
}
