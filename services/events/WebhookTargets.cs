using System.Net;
using System.Net.Sockets;
using Kino.ServiceDefaults.Net;

namespace Kino.Events;

/// <summary>
/// Which addresses a webhook may reach. Unless <see cref="EventsOptions.AllowPrivateTargets"/> is set, only public
/// addresses (<see cref="PublicAddresses"/>) are allowed, both when an endpoint is
/// registered and on every connection (the resolved address is checked, so DNS cannot be pointed inward later).
/// </summary>
public static class WebhookTargets
{
    /// <summary>Not a public unicast address (the one policy every outbound call on a user's behalf follows).</summary>
    public static bool IsInternal(IPAddress address) => !PublicAddresses.IsPublic(address);

    /// <summary>Why a URL cannot be an endpoint, or null when it can.</summary>
    public static async Task<string?> CheckAsync(string url, bool allowPrivate, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0)
            return "'url' must be an absolute http or https URL without credentials.";
        if (allowPrivate) return null;
        IPAddress[] addresses;
        try { addresses = IPAddress.TryParse(uri.IdnHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.IdnHost, ct); }
        catch (SocketException) { return $"'{uri.Host}' does not resolve."; }
        return addresses.Length == 0 || addresses.Any(IsInternal) ? $"'{uri.Host}' is a loopback, private or otherwise internal address." : null;
    }

    /// <summary>A handler that connects only to addresses <see cref="IsInternal"/> allows (unless private targets are allowed), and never follows redirects.</summary>
    public static SocketsHttpHandler Handler(bool allowPrivate) => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = async (context, ct) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
            var allowed = addresses.Where(a => allowPrivate || !IsInternal(a)).ToArray();
            if (allowed.Length == 0) throw new HttpRequestException($"'{context.DnsEndPoint.Host}' resolves only to internal addresses.");
            return await PublicAddresses.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
        },
    };
}
