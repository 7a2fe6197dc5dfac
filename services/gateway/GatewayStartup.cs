using Kino.Gateway.Auth;
using Kino.Gateway.Videos;
using MassTransit;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace Kino.Gateway;

/// <summary>
/// On start: make sure an admin key exists (KINO_API_KEY, or a new one printed once), then hand any
/// accepted-but-undispatched video to the orchestrator again (it ignores ones it already has).
/// </summary>
public sealed class GatewayStartup(ApiKeyStore keys, VideoStore videos, IBus bus, IOptions<GatewayOptions> options,
    IServer server, ILogger<GatewayStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await EnsureAdminKeyAsync(stoppingToken);
        var queued = await videos.QueuedAsync(stoppingToken);
        foreach (var video in queued)
            await bus.Publish(VideoIntake.ToMessage(video), stoppingToken);
        if (queued.Count > 0) logger.LogInformation("Re-dispatched {Count} queued videos", queued.Count);
    }

    private async Task EnsureAdminKeyAsync(CancellationToken ct)
    {
        var configured = options.Value.AdminKey;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (!await keys.ExistsAsync(configured, ct))
                await keys.CreateAsync("admin", "admin", isAdmin: true, ownerId: "owner_admin", ct, configured);
            return;
        }
        if (await keys.AnyAdminAsync(ct)) return;
        var (_, key) = await keys.CreateAsync("admin", "admin", isAdmin: true, ownerId: "owner_admin", ct);
        var address = server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:8080";
        // Printed to the console once, never logged: this is the only time the key is shown.
        Console.WriteLine($$"""

            ==> Kino admin API key (shown once, keep it safe): {{key}}
                Try it:
                curl -s {{address}}/v1/videos -H "Authorization: Bearer {{key}}" -H "Content-Type: application/json" -d '{"prompt":"a red ball bouncing on a beach","seconds":"4","size":"1280x720"}'

            """);
    }
}
