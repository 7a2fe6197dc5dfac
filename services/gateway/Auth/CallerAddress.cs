using System.Net;
using Kino.ServiceDefaults.Net;

namespace Kino.Gateway.Auth;

/// <summary>
/// The caller's address as per-address limits see it: an IPv4 address (IPv4-mapped IPv6 included) as it is, an IPv6
/// address as its /64, since one host usually holds a whole /64 and could otherwise change address at every request.
/// </summary>
public static class CallerAddress
{
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null) return "unknown";
        address = PublicAddresses.Normalise(address);
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
