using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kino.ServiceDefaults.Hosting;

/// <summary>The shared secret that the gateway adds when it proxies to a service's internal API.</summary>
public sealed class InternalApiOptions
{
    public const string Section = "Kino";
    public const string Header = "X-Kino-Internal-Token";

    /// <summary>The caller's owner id, set by the gateway after authentication; internal APIs trust only this.</summary>
    public const string OwnerHeader = "X-Kino-Owner";

    /// <summary>The caller's public handle, when their API key has one.</summary>
    public const string HandleHeader = "X-Kino-Handle";

    /// <summary>Set by the gateway when the caller has a teen account.</summary>
    public const string TeenHeader = "X-Kino-Teen";

    /// <summary>Set by the deployment in distributed mode; generated per process when empty (all-in-one).</summary>
    public string InternalToken { get; set; } = "";
}

public static class InternalApi
{
    public static IServiceCollection AddInternalApi(this IServiceCollection services)
    {
        services.AddOptions<InternalApiOptions>().BindConfiguration(InternalApiOptions.Section)
            .PostConfigure(o => { if (string.IsNullOrEmpty(o.InternalToken)) o.InternalToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)); });
        return services;
    }

    /// <summary>
    /// An error in OpenAI's shape (<c>{"error":{"message","type","param","code"}}</c>), for internal APIs the gateway
    /// passes through to clients unchanged. The type follows the status as the gateway's own errors do.
    /// </summary>
    public static IResult Error(int status, string message, string code, string? param = null) =>
        Results.Json(new
        {
            error = new
            {
                message,
                type = status switch { 401 => "authentication_error", 403 => "permission_error", 429 => "rate_limit_error", >= 500 => "server_error", _ => "invalid_request_error" },
                param,
                code,
            },
        }, statusCode: status);

    /// <summary>The caller the gateway authenticated (its owner id), or "" when the request carries none.</summary>
    public static string Caller(this HttpRequest request) => request.Headers[InternalApiOptions.OwnerHeader].ToString();

    /// <summary>
    /// Internal endpoints that act for an authenticated caller: only the gateway may call them (as
    /// <see cref="MapInternalApi"/>), and a request without the caller's owner id gets 401 in the API's error shape.
    /// </summary>
    public static RouteGroupBuilder MapCallerApi(this IEndpointRouteBuilder app, string prefix) =>
        app.MapInternalApi(prefix).AddEndpointFilter(async (context, next) =>
            context.HttpContext.Request.Caller().Length == 0 ? Error(401, "Not authenticated.", "missing_api_key") : await next(context));

    /// <summary>Endpoints only the gateway (holding the internal token) may call; everyone else gets 404.</summary>
    public static RouteGroupBuilder MapInternalApi(this IEndpointRouteBuilder app, string prefix) =>
        app.MapGroup(prefix).AddEndpointFilter(async (context, next) =>
        {
            var expected = context.HttpContext.RequestServices.GetRequiredService<IOptions<InternalApiOptions>>().Value.InternalToken;
            var given = context.HttpContext.Request.Headers[InternalApiOptions.Header].ToString();
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected))
                ? await next(context)
                : Results.NotFound();
        });
}
