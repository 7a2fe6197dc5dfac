using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kino.Gateway.Auth;
using Kino.Tests.Support;
using static Kino.Tests.Security.SecurityPlatform;

namespace Kino.Tests.Security;

/// <summary>
/// What an address may do without a valid API key is limited (<c>AnonymousRequestsPerMinute</c>): the anonymous routes
/// and wrong keys spend its allowance, and once it is spent the address is refused with 429 before any key is looked
/// up, so that keys and invite codes cannot be guessed at speed, while other addresses and valid keys elsewhere go on.
/// </summary>
public sealed class AddressLimitTests
{
    private const int PerMinute = 5;

    private static Task<KinoPlatform> StartAsync(bool trustLoopbackProxy)
    {
        var environment = new Dictionary<string, string> { ["Kino__Gateway__AnonymousRequestsPerMinute"] = $"{PerMinute}" };
        // As behind an ingress on this machine: the proxy's X-Forwarded-For names the caller.
        if (trustLoopbackProxy) environment["Kino__Gateway__TrustedProxyNetworks__0"] = "127.0.0.0/8";
        return KinoPlatform.StartAsync(distributed: false, environment);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string? forwardedFor, string? key, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (body is not null) request.Content = Json(body);
        return request;
    }

    /// <summary>The status and error code, as "401 invalid_api_key" (or "200"); a 429 must say when to come back.</summary>
    private static async Task<string> AnswerAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        if (response.IsSuccessStatusCode) return $"{(int)response.StatusCode}";
        var code = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("code").GetString();
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without Retry-After");
        return $"{(int)response.StatusCode} {code}";
    }

    [Fact]
    public async Task Wrong_keys_and_anonymous_calls_spend_an_addresss_allowance_and_then_even_a_right_key_waits()
    {
        await using var platform = await StartAsync(trustLoopbackProxy: true);
        using var user = await platform.NewUserAsync();
        var rightKey = user.DefaultRequestHeaders.Authorization!.Parameter!;
        using var http = new HttpClient { BaseAddress = platform.BaseUrl };
        const string guesser = "203.0.113.7";

        // Wrong keys are 401 until the allowance is spent, then 429 with Retry-After in the API's error shape.
        for (var i = 0; i < PerMinute; i++)
            Assert.Equal("401 invalid_api_key", await AnswerAsync(http, Request(HttpMethod.Get, "/v1/videos", guesser, $"sk-kino-guess-{i}")));
        Assert.Equal("429 rate_limit_exceeded", await AnswerAsync(http, Request(HttpMethod.Get, "/v1/videos", guesser, "sk-kino-guess-next")));
        // A right key from that address waits too: otherwise a guesser would still learn which guess is right. The
        // bucket refills continuously (a fraction of a request every 100 ms); no fraction may let the key through, as
        // one once did in CI.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.StartsWith("429", await AnswerAsync(http, Request(HttpMethod.Get, "/v1/videos", guesser, rightKey)));
        // Other addresses go on, and a valid key spends nothing.
        for (var i = 0; i < PerMinute * 2; i++)
            Assert.StartsWith("200", await AnswerAsync(http, Request(HttpMethod.Get, "/v1/videos", "198.51.100.20", rightKey)));
        Assert.StartsWith("401", await AnswerAsync(http, Request(HttpMethod.Get, "/v1/videos", "198.51.100.20", "sk-kino-wrong")));

        // The anonymous routes spend the allowance as well (invite codes cannot be tried at speed).
        const string redeemer = "198.51.100.30";
        for (var i = 0; i < PerMinute; i++)
            Assert.DoesNotContain("429", await AnswerAsync(http, Request(HttpMethod.Post, "/v1/invites/redeem", redeemer, null, new { code = $"inv_guess{i}", name = "x" })));
        Assert.Equal("429 rate_limit_exceeded", await AnswerAsync(http, Request(HttpMethod.Post, "/v1/invites/redeem", redeemer, null, new { code = "inv_next", name = "x" })));
        Assert.StartsWith("429", await AnswerAsync(http, Request(HttpMethod.Get, "/v1/openapi.json", redeemer, null)));

        // An IPv6 caller is its /64: moving to another address in it does not buy a new allowance.
        for (var i = 0; i < PerMinute; i++)
            Assert.StartsWith("401", await AnswerAsync(http, Request(HttpMethod.Get, "/v1/videos", $"2001:db8:7:1::{i + 1:x}", "sk-kino-wrong")));
        Assert.StartsWith("429", await AnswerAsync(http, Request(HttpMethod.Get, "/v1/videos", "2001:db8:7:1:ffff::1", "sk-kino-wrong")));
        Assert.StartsWith("401", await AnswerAsync(http, Request(HttpMethod.Get, "/v1/videos", "2001:db8:7:2::1", "sk-kino-wrong")));
    }

    [Fact]
    public async Task X_Forwarded_For_from_a_caller_that_is_not_a_trusted_proxy_buys_no_new_allowance()
    {
        await using var platform = await StartAsync(trustLoopbackProxy: false);
        using var http = new HttpClient { BaseAddress = platform.BaseUrl };
        for (var i = 0; i < PerMinute; i++)
            Assert.StartsWith("401", await AnswerAsync(http, Request(HttpMethod.Get, "/v1/videos", $"203.0.113.{i + 1}", "sk-kino-wrong")));
        Assert.StartsWith("429", await AnswerAsync(http, Request(HttpMethod.Get, "/v1/videos", "203.0.113.99", "sk-kino-wrong")));
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:7:1:aaaa:bbbb:cccc:dddd", "2001:db8:7:1::/64")]
    [InlineData("2001:db8:7:1::1", "2001:db8:7:1::/64")]
    [InlineData(null, "unknown")]
    public void An_ipv6_caller_is_counted_by_its_64(string? address, string counted) =>
        Assert.Equal(counted, CallerAddress.Of(address is null ? null : IPAddress.Parse(address)));
}
