using System.Net;
using System.Net.Sockets;

namespace Kino.ServiceDefaults.Net;

/// <summary>
/// Which IP addresses a request made on a user's behalf (a reference image URL, a webhook) may reach: public unicast
/// only. Loopback, private (RFC 1918, ULA), link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
/// multicast, broadcast, unspecified, documentation and benchmark ranges are refused, and so are IPv6 forms that carry
/// an IPv4 address (mapped, compatible, NAT64, 6to4) whose IPv4 address would be refused.
/// </summary>
public static class PublicAddresses
{
    private static readonly IPNetwork[] NonPublicV4 =
    [
        IPNetwork.Parse("0.0.0.0/8"),       // "this network", unspecified
        IPNetwork.Parse("10.0.0.0/8"),      // private
        IPNetwork.Parse("100.64.0.0/10"),   // carrier-grade NAT
        IPNetwork.Parse("127.0.0.0/8"),     // loopback
        IPNetwork.Parse("169.254.0.0/16"),  // link-local, cloud metadata services
        IPNetwork.Parse("172.16.0.0/12"),   // private
        IPNetwork.Parse("192.0.0.0/24"),    // IETF protocol assignments
        IPNetwork.Parse("192.0.2.0/24"),    // documentation
        IPNetwork.Parse("192.88.99.0/24"),  // 6to4 relay anycast
        IPNetwork.Parse("192.168.0.0/16"),  // private
        IPNetwork.Parse("198.18.0.0/15"),   // benchmarking
        IPNetwork.Parse("198.51.100.0/24"), // documentation
        IPNetwork.Parse("203.0.113.0/24"),  // documentation
        IPNetwork.Parse("224.0.0.0/4"),     // multicast
        IPNetwork.Parse("240.0.0.0/4"),     // reserved, and 255.255.255.255 broadcast
    ];

    /// <summary>Global unicast is 2000::/3; everything outside it (loopback, ULA, link-local, multicast, ...) is refused.</summary>
    private static readonly IPNetwork GlobalUnicastV6 = IPNetwork.Parse("2000::/3");

    private static readonly IPNetwork[] NonPublicV6 =
    [
        IPNetwork.Parse("2001::/32"),     // Teredo: hides an IPv4 address we cannot vet
        IPNetwork.Parse("2001:db8::/32"), // documentation
        IPNetwork.Parse("3fff::/20"),     // documentation
    ];

    private static readonly IPNetwork Ipv4Compatible = IPNetwork.Parse("::/96");
    private static readonly IPNetwork[] Nat64 = [IPNetwork.Parse("64:ff9b::/96"), IPNetwork.Parse("64:ff9b:1::/48")];
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    public static bool IsPublic(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return !NonPublicV4.Any(n => n.Contains(address));
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return false;
        if (address.IsIPv4MappedToIPv6) return IsPublic(address.MapToIPv4());
        var bytes = address.GetAddressBytes();
        // ::a.b.c.d (deprecated IPv4-compatible, and :: and ::1) is never public.
        if (Ipv4Compatible.Contains(address)) return false;
        if (Nat64.Any(n => n.Contains(address))) return IsPublic(new IPAddress(bytes.AsSpan(12, 4)));
        if (SixToFour.Contains(address)) return IsPublic(new IPAddress(bytes.AsSpan(2, 4)));
        return GlobalUnicastV6.Contains(address) && !NonPublicV6.Any(n => n.Contains(address));
    }

    /// <summary>The address as IPv4 when it is an IPv4-mapped IPv6 address, so allow-lists written in IPv4 match it.</summary>
    public static IPAddress Normalise(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    /// <summary>
    /// A TCP connection to the first of <paramref name="vetted"/> that answers: the addresses the caller already checked,
    /// never a fresh name lookup, so DNS cannot swap in another address between the check and the connection.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(IPAddress[] vetted, int port, CancellationToken ct)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(vetted, port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
