using System.Net;
using System.Text.Json;
using Kino.Gateway;
using Kino.Gateway.Api;
using Kino.Gateway.Videos;
using Kino.ServiceDefaults.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static Kino.Tests.Security.SecurityPlatform;

namespace Kino.Tests.Security;

/// <summary>Which addresses an <c>input_reference</c> URL (or a webhook) may reach, and how URLs that hide one are read.</summary>
public sealed class ReferenceImageAddressTests
{
    [Theory]
    [InlineData("127.0.0.1"), InlineData("127.255.255.254"), InlineData("10.0.0.1"), InlineData("172.16.0.1"), InlineData("172.31.255.255"),
     InlineData("192.168.1.1"), InlineData("169.254.169.254"), InlineData("169.254.0.1"), InlineData("100.64.0.1"), InlineData("100.127.255.255"),
     InlineData("0.0.0.0"), InlineData("0.1.2.3"), InlineData("255.255.255.255"), InlineData("224.0.0.1"), InlineData("239.255.255.250"),
     InlineData("240.0.0.1"), InlineData("192.0.0.8"), InlineData("192.0.2.1"), InlineData("198.18.0.1"), InlineData("198.51.100.1"), InlineData("203.0.113.9"),
     InlineData("::"), InlineData("::1"), InlineData("::ffff:127.0.0.1"), InlineData("::ffff:10.0.0.1"), InlineData("::ffff:169.254.169.254"),
     InlineData("::127.0.0.1"), InlineData("::8.8.8.8"), InlineData("64:ff9b::7f00:1"), InlineData("64:ff9b::a9fe:a9fe"), InlineData("2002:7f00:1::1"),
     InlineData("2002:c0a8:101::1"), InlineData("fc00::1"), InlineData("fd12:3456::1"), InlineData("fe80::1"), InlineData("fe80::1%2"), InlineData("fec0::1"),
     InlineData("ff02::1"), InlineData("2001:db8::1"), InlineData("2001:0:4136:e378::1"), InlineData("100::1")]
    public void Internal_and_special_addresses_are_not_public(string address) =>
        Assert.False(PublicAddresses.IsPublic(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("8.8.8.8"), InlineData("93.184.216.34"), InlineData("172.32.0.1"), InlineData("172.15.255.255"), InlineData("100.128.0.1"),
     InlineData("192.169.0.1"), InlineData("::ffff:8.8.8.8"), InlineData("64:ff9b::808:808"), InlineData("2002:808:808::1"), InlineData("2606:4700::1111"),
     InlineData("2a00:1450:4001::200e")]
    public void Public_addresses_are_public(string address) => Assert.True(PublicAddresses.IsPublic(IPAddress.Parse(address)), address);

    [Fact]
    public void An_allowed_network_opens_exactly_that_network()
    {
        IPNetwork[] allowed = [IPNetwork.Parse("127.0.0.2/32")];
        Assert.True(ReferenceImageFetcher.IsAllowed(IPAddress.Parse("127.0.0.2"), allowed));
        Assert.True(ReferenceImageFetcher.IsAllowed(IPAddress.Parse("::ffff:127.0.0.2"), allowed));
        Assert.False(ReferenceImageFetcher.IsAllowed(IPAddress.Parse("127.0.0.1"), allowed));
        Assert.False(ReferenceImageFetcher.IsAllowed(IPAddress.Parse("127.0.0.3"), allowed));
        Assert.False(ReferenceImageFetcher.IsAllowed(IPAddress.Parse("::1"), allowed));
        Assert.True(ReferenceImageFetcher.IsAllowed(IPAddress.Parse("8.8.8.8"), allowed));
    }

    /// <summary>Every spelling of an internal address is refused before any connection is made (no network needed).</summary>
    [Theory]
    [InlineData("http://127.0.0.1/a.png"), InlineData("http://localhost/a.png"), InlineData("http://2130706433/a.png"),
     InlineData("http://0x7f.1/a.png"), InlineData("http://0x7f000001/a.png"), InlineData("http://0177.0.0.1/a.png"), InlineData("http://127.1/a.png"),
     InlineData("http://0/a.png"), InlineData("http://[::ffff:127.0.0.1]/a.png"), InlineData("http://[::ffff:7f00:1]/a.png"), InlineData("http://[::1]:8080/a.png"),
     InlineData("http://[0:0:0:0:0:ffff:7f00:1]/a.png"), InlineData("http://169.254.169.254/latest/meta-data/"), InlineData("http://0251.0376.0251.0376/"),
     InlineData("http://2852039166/"), InlineData("https://10.0.0.1/a.png"), InlineData("http://[fd00::1]/a.png"),
     InlineData("http://100.100.100.200/latest/meta-data/"), InlineData("http://[::127.0.0.1]/a.png"), InlineData("http://[64:ff9b::7f00:1]/a.png")]
    public async Task Internal_addresses_in_any_spelling_are_refused(string url)
    {
        using var fetcher = Fetcher();
        var error = await Assert.ThrowsAsync<ApiError>(() => fetcher.FetchAsync(url, "input_reference.image_url", default));
        Assert.Equal("image_url_forbidden", error.Code);
        Assert.Equal(400, error.Status);
        Assert.DoesNotContain("127.", error.Message);
    }

    [Theory]
    [InlineData("file:///etc/passwd"), InlineData("ftp://8.8.8.8/a.png"), InlineData("gopher://8.8.8.8/"), InlineData("http://user:pw@8.8.8.8/a.png"),
     InlineData("//8.8.8.8/a.png"), InlineData("a.png"), InlineData("javascript:alert(1)")]
    public async Task Only_http_and_https_urls_without_credentials_are_fetched(string url)
    {
        using var fetcher = Fetcher();
        var error = await Assert.ThrowsAsync<ApiError>(() => fetcher.FetchAsync(url, "input_reference.image_url", default));
        Assert.Equal("unsupported_image_url", error.Code);
    }

    private static ReferenceImageFetcher Fetcher() => new(Options.Create(new GatewayOptions()));
}

/// <summary>
/// The API side of SSRF on a running Kino whose allow-list opens exactly 127.0.0.2/32: an image server there is
/// fetched from; loopback 127.0.0.1 is not, neither directly nor by redirect, and redirects and sizes are bounded.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class SsrfApiTests(SecurityPlatform fixture) : IAsyncLifetime
{
    private WebApplication _allowed = null!, _loopback = null!;
    private int _loopbackHits;
    private byte[] _png = [];

    private string Allowed(string path) => $"http://{AllowedImageHost}:{new Uri(_allowed.Urls.First()).Port}{path}";
    private string Loopback(string path) => $"http://127.0.0.1:{new Uri(_loopback.Urls.First()).Port}{path}";

    public async ValueTask InitializeAsync()
    {
        _png = await File.ReadAllBytesAsync(Fixture("coffee.png"));
        _loopback = Server("127.0.0.1", app => app.Run(async context =>
        {
            Interlocked.Increment(ref _loopbackHits);
            context.Response.ContentType = "image/png";
            await context.Response.Body.WriteAsync(_png);
        }));
        await _loopback.StartAsync();
        _allowed = Server(AllowedImageHost, app =>
        {
            app.MapGet("/image.png", () => Results.Bytes(_png, "image/png"));
            app.MapGet("/to-loopback", () => Results.Redirect(Loopback("/image.png")));
            app.MapGet("/to-loopback-by-number", () => Results.Redirect(Loopback("/image.png").Replace("127.0.0.1", "2130706433")));
            app.MapGet("/hops/{n:int}", (int n) => n == 0 ? Results.Bytes(_png, "image/png") : Results.Redirect($"/hops/{n - 1}"));
            app.MapGet("/huge.png", async (HttpContext context) =>
            {
                // No Content-Length: the size limit must hold while streaming.
                context.Response.ContentType = "image/png";
                await context.Response.Body.WriteAsync(_png);
                var filler = new byte[1 << 20];
                for (int i = 0; i < 12 && !context.RequestAborted.IsCancellationRequested; i++) await context.Response.Body.WriteAsync(filler);
            });
            app.MapGet("/page.html", () => Results.Text("<html></html>", "text/html"));
            app.MapGet("/slow.png", async (CancellationToken ct) => { await Task.Delay(TimeSpan.FromSeconds(30), ct); return Results.Bytes(_png, "image/png"); });
        });
        await _allowed.StartAsync();
    }

    private static WebApplication Server(string address, Action<WebApplication> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{address}:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        configure(app);
        return app;
    }

    private async Task<(int Status, JsonElement Body, string Text)> CreateAsync(string imageUrl, bool multipart = false)
    {
        HttpContent content = multipart
            ? new MultipartFormDataContent { { new StringContent("a red ball"), "prompt" }, { new StringContent(imageUrl), "input_reference[image_url]" } }
            : Json(new { prompt = "a red ball", input_reference = new { image_url = imageUrl } });
        using var response = await fixture.Owner.PostAsync("/v1/videos", content);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    private async Task RefusedAsync(string imageUrl, string code, bool multipart = false)
    {
        var (status, body, text) = await CreateAsync(imageUrl, multipart);
        Assert.True(status == 400, $"{imageUrl}: {status} {text}");
        Assert.Equal(code, body.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(multipart ? "input_reference[image_url]" : "input_reference.image_url", body.GetProperty("error").GetProperty("param").GetString());
        Assert.DoesNotContain("127.0.0.1", body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_image_on_an_allowed_network_is_fetched_and_becomes_the_reference()
    {
        var (status, body, text) = await CreateAsync(Allowed("/image.png"));
        Assert.True(status == 200, text);
        Assert.Equal(200, (int)(await fixture.Owner.DeleteAsync($"/v1/videos/{body.GetProperty("id").GetString()}")).StatusCode);
        // Three redirects are followed.
        (status, body, text) = await CreateAsync(Allowed("/hops/3"), multipart: true);
        Assert.True(status == 200, text);
        Assert.Equal(200, (int)(await fixture.Owner.DeleteAsync($"/v1/videos/{body.GetProperty("id").GetString()}")).StatusCode);
    }

    [Fact]
    public async Task Loopback_is_refused_directly_and_through_a_redirect_and_is_never_contacted()
    {
        await RefusedAsync(Loopback("/image.png"), "image_url_forbidden");
        await RefusedAsync(Loopback("/image.png").Replace("127.0.0.1", "[::ffff:127.0.0.1]"), "image_url_forbidden");
        await RefusedAsync(Loopback("/image.png").Replace("127.0.0.1", "0x7f.1"), "image_url_forbidden", multipart: true);
        await RefusedAsync(Loopback("/image.png").Replace("127.0.0.1", "localhost"), "image_url_forbidden");
        await RefusedAsync(Allowed("/to-loopback"), "image_url_forbidden");
        await RefusedAsync(Allowed("/to-loopback-by-number"), "image_url_forbidden", multipart: true);
        Assert.Equal(0, _loopbackHits);
    }

    [Fact]
    public async Task Redirects_size_type_and_time_are_bounded()
    {
        await RefusedAsync(Allowed("/hops/4"), "image_url_unreachable");
        await RefusedAsync(Allowed("/huge.png"), "image_too_large");
        await RefusedAsync(Allowed("/page.html"), "invalid_image");
        await RefusedAsync(Allowed("/missing.png"), "image_url_unreachable");
        var started = DateTime.UtcNow;
        await RefusedAsync(Allowed("/slow.png"), "image_url_unreachable");
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15), "the fetch should time out");
    }

    public async ValueTask DisposeAsync()
    {
        await _allowed.DisposeAsync();
        await _loopback.DisposeAsync();
    }
}
