using System.Text;
using Kino.Gateway;
using Kino.Gateway.Api;
using Kino.Gateway.Videos;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kino.Fuzz;

/// <summary>The gateway's readers of POST /v1/videos: any input is read or refused with a 4xx API error.</summary>
public static class GatewayTargets
{
    private static readonly GatewayOptions Options = new();

    /// <summary>
    /// What the gateway's request handling finds in its services: the image URL fetcher, here with a 1 ms time limit, so
    /// that an http(s) image URL in an input is refused at once as unreachable (fetching is the SSRF tests' subject, and
    /// the network is no part of parsing).
    /// </summary>
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton(new ReferenceImageFetcher(Microsoft.Extensions.Options.Options.Create(new GatewayOptions { ReferenceImageTimeout = TimeSpan.FromMilliseconds(1) })))
        .BuildServiceProvider();

    /// <summary>
    /// The request body as multipart/form-data or JSON. The input's first line is the Content-Type header and the rest
    /// the body, so the fuzzer varies the encoding and the boundary as well as the parts.
    /// </summary>
    public static void CreateVideoBody(byte[] input)
    {
        var newline = Array.IndexOf(input, (byte)'\n');
        var context = new DefaultHttpContext { RequestServices = Services };
        context.Request.Method = "POST";
        // Kestrel hands header values over as Latin-1 at most.
        context.Request.ContentType = newline < 0 ? null : Encoding.Latin1.GetString(input, 0, newline);
        context.Request.Body = new MemoryStream(input, newline + 1, input.Length - newline - 1, writable: false);
        Refused(() => CreateVideoRequest.ReadAsync(context.Request, Options, CancellationToken.None).GetAwaiter().GetResult());
    }

    /// <summary>An <c>input_reference</c> image's header and the pixel limit.</summary>
    public static void ReferenceImage(byte[] input) => Refused(() =>
    {
        var image = ReferenceImageInspector.Inspect(input, "input_reference");
        ReferenceImageInspector.CheckPixelLimit(image, Options.MaxReferencePixels);
    });

    private static void Refused(Action read)
    {
        try
        {
            read();
        }
        catch (ApiError e) when (e.Status is >= 400 and < 500)
        {
            // The caller's mistake, answered in the API's error shape.
        }
    }
}
