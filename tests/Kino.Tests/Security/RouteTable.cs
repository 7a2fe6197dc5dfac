using Kino.AllInOne;
using Kino.Gateway.Proxy;
using Kino.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Kino.Tests.Security;

/// <summary>
/// The real route table: every endpoint the all-in-one host maps (its modules composed in this process exactly as
/// services/all-in-one does, built but not started), and the YARP routes by which the gateway reaches the services.
/// </summary>
public static partial class RouteTable
{
    public sealed record Endpoint(string Method, string Pattern);

    private static readonly Lazy<IReadOnlyList<Endpoint>> Mapped = new(MapAllInOne);

    /// <summary>Every (method, route pattern) the all-in-one process answers, health and the web app included.</summary>
    public static IReadOnlyList<Endpoint> AllInOne => Mapped.Value;

    /// <summary>The gateway's own public API: its minimal-API endpoints under /v1.</summary>
    public static IEnumerable<Endpoint> GatewayPublic => AllInOne.Where(e => e.Pattern.StartsWith("/v1", StringComparison.Ordinal));

    /// <summary>The services' internal endpoints: everything outside /v1, /health and the web app.</summary>
    public static IEnumerable<Endpoint> Internal =>
        AllInOne.Where(e => !e.Pattern.StartsWith("/v1", StringComparison.Ordinal) && !e.Pattern.StartsWith("/health", StringComparison.Ordinal) && e.Pattern != "/");

    /// <summary>
    /// The public (method, pattern) of every internal endpoint a YARP route reaches, written as a caller sees it:
    /// an exact target maps to the route's path; a catch-all target (<c>/cameos/{**rest}</c>) maps what follows it.
    /// </summary>
    public static IEnumerable<Endpoint> Proxied =>
        (from endpoint in Internal
         from route in InternalRoutes.Routes
         where route.Match.Methods!.Contains(endpoint.Method)
         let target = route.Transforms![0]["PathPattern"]
         let path = PublicPath(route.Match.Path!, target, endpoint.Pattern)
         where path is not null
         select new Endpoint(endpoint.Method, path)).Distinct();

    private static string? PublicPath(string publicPattern, string target, string internalPattern)
    {
        internalPattern = Constraint().Replace(internalPattern, "{$1}");
        if (target == internalPattern) return publicPattern;
        const string catchAll = "{**rest}";
        if (!target.EndsWith(catchAll, StringComparison.Ordinal)) return null;
        string targetPrefix = target[..^catchAll.Length], publicPrefix = publicPattern[..^catchAll.Length];
        if (internalPattern == targetPrefix.TrimEnd('/')) return publicPrefix.TrimEnd('/');
        return internalPattern.StartsWith(targetPrefix, StringComparison.Ordinal) ? publicPrefix + internalPattern[targetPrefix.Length..] : null;
    }

    /// <summary>A concrete path for a pattern: <c>{x:guid}</c> <paramref name="guid"/> (a new one by default), any other parameter <paramref name="value"/>.</summary>
    public static string Concrete(string pattern, string value = "x", Guid? guid = null) =>
        string.Join('/', pattern.Split('/').Select(segment => segment.StartsWith('{')
            ? segment.Contains(":guid", StringComparison.Ordinal) ? (guid ?? Guid.NewGuid()).ToString() : value
            : segment));

    private static IReadOnlyList<Endpoint> MapAllInOne()
    {
        var data = Directory.CreateTempSubdirectory("kino-routes-").FullName;
        try
        {
            var app = KinoHost.Build([$"--Kino:Storage:DataDirectory={data}", "--KINO_API_KEY=sk-route-table"], AllInOneModules.Create());
            var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
                .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                    .Select(method => new Endpoint(method, Normalise(e.RoutePattern))))
                .Distinct().ToList();
            ((IAsyncDisposable)app).DisposeAsync().AsTask().GetAwaiter().GetResult();
            return endpoints;
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{([^}:]+):[^}]+\}")]
    private static partial System.Text.RegularExpressions.Regex Constraint();

    private static string Normalise(RoutePattern pattern)
    {
        var text = "/" + (pattern.RawText ?? "").Trim('/');
        return text.Length > 1 ? text.TrimEnd('/') : text;
    }
}
