using System.Net;
using Kino.Gateway.Api;
using Kino.ServiceDefaults.Net;
using Microsoft.Extensions.Options;

namespace Kino.Gateway.Videos;

/// <summary>
/// Fetches an <c>input_reference</c> image given as an http(s) URL without letting the caller aim the gateway at
/// its own network (server-side request forgery): every connection goes only to an address that was resolved and
/// vetted in the same step (so DNS cannot swap it afterwards), redirects are followed by hand (at most
/// <see cref="MaxRedirects"/>, each one vetted again), and the body is read in a stream up to the size limit.
/// Refusals never say which address a name resolved to.
/// </summary>
public sealed class ReferenceImageFetcher : IDisposable
{
    public const int MaxRedirects = 3;

    private readonly HttpClient _http;
    private readonly IReadOnlyList<IPNetwork> _allowedNetworks;
    private readonly long _maxBytes;
    private readonly TimeSpan _timeout;

    public ReferenceImageFetcher(IOptions<GatewayOptions> options)
    {
        var o = options.Value;
        _allowedNetworks = o.ReferenceImageAllowedNetworks.Select(n => IPNetwork.Parse(n)).ToList();
        _maxBytes = o.MaxBodyBytes;
        _timeout = o.ReferenceImageTimeout;
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,                                   // a proxy would make the connection, not us
            AutomaticDecompression = DecompressionMethods.None, // the size limit counts the bytes on the wire
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectCallback = ConnectToVettedAddressAsync,
        })
        { Timeout = Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = _maxBytes };
    }

    /// <summary>Whether a connection to this address is allowed: public, or inside a network the operator allowed.</summary>
    public static bool IsAllowed(IPAddress address, IReadOnlyList<IPNetwork> allowedNetworks)
    {
        address = PublicAddresses.Normalise(address);
        return allowedNetworks.Any(n => n.Contains(address)) || PublicAddresses.IsPublic(address);
    }

    /// <summary>The addresses to connect to for a host; refused when any address it resolves to is not allowed.</summary>
    public static async Task<IPAddress[]> ResolveAsync(string host, IReadOnlyList<IPNetwork> allowedNetworks, CancellationToken ct)
    {
        // IP literals in any spelling (2130706433, 0x7f.1, [::ffff:127.0.0.1]) parse to the address they reach.
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0 || !addresses.All(a => IsAllowed(a, allowedNetworks))) throw new ForbiddenAddressException();
        return addresses;
    }

    public async Task<byte[]> FetchAsync(string url, string param, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(_timeout);
        var target = ParseUrl(url, param);
        try
        {
            for (int redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, target);
                request.Headers.Accept.ParseAdd("image/png, image/jpeg, image/webp");
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (redirects == MaxRedirects) throw Unreachable(param, $"it redirected more than {MaxRedirects} times");
                    target = ParseUrl(new Uri(target, location).AbsoluteUri, param);
                    continue;
                }
                if (!response.IsSuccessStatusCode) throw Unreachable(param, $"the server answered {(int)response.StatusCode}");
                if (response.Content.Headers.ContentType?.MediaType is not ("image/png" or "image/jpeg" or "image/webp"))
                    throw ApiError.BadRequest("The image URL must serve a PNG, JPEG or WebP image (Content-Type image/png, image/jpeg or image/webp).", param, "invalid_image");
                return await ReadLimitedAsync(response.Content, param, deadline.Token);
            }
        }
        catch (Exception e) when (Find<ForbiddenAddressException>(e) is not null)
        {
            throw ApiError.BadRequest("The image URL points to an address Kino does not fetch from (loopback, private, link-local or otherwise internal).", param, "image_url_forbidden");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw Unreachable(param, $"it did not answer within {_timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException)
        {
            throw Unreachable(param, "it could not be reached");
        }
    }

    private static Uri ParseUrl(string url, string param)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0)
            throw ApiError.BadRequest("'image_url' must be a base64 data: URL or an http(s) URL without credentials.", param, "unsupported_image_url");
        return uri;
    }

    private async Task<byte[]> ReadLimitedAsync(HttpContent content, string param, CancellationToken ct)
    {
        var tooLarge = ApiError.BadRequest($"The image at the URL is larger than {_maxBytes} bytes.", param, "image_too_large");
        if (content.Headers.ContentLength > _maxBytes) throw tooLarge;
        await using var body = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > _maxBytes) throw tooLarge;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private async ValueTask<Stream> ConnectToVettedAddressAsync(SocketsHttpConnectionContext context, CancellationToken ct) =>
        await PublicAddresses.ConnectAsync(await ResolveAsync(context.DnsEndPoint.Host, _allowedNetworks, ct), context.DnsEndPoint.Port, ct);

    private static ApiError Unreachable(string param, string why) =>
        ApiError.BadRequest($"The image URL could not be fetched: {why}.", param, "image_url_unreachable");

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
            if (e is T found) return found;
        return null;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>A host that resolves to an address the gateway may not connect to.</summary>
    public sealed class ForbiddenAddressException() : Exception("The address is not allowed.");
}
