using System.Text;
using Kino.Events;

namespace Kino.Tests.Events;

public sealed class WebhookSignatureTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    [Fact]
    public void The_signature_matches_the_Standard_Webhooks_test_vector()
    {
        var body = Encoding.UTF8.GetBytes("{\"test\": 2432232314}");
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
            WebhookSignature.Sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body));
    }

    [Fact]
    public void A_signed_message_verifies_and_a_tampered_body_timestamp_or_secret_does_not()
    {
        var secret = WebhookSignature.NewSecret();
        Assert.StartsWith("whsec_", secret);
        var body = Encoding.UTF8.GetBytes("{\"specversion\":\"1.0\",\"id\":\"evt_1\"}");
        var ts = Now.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign(secret, "msg_1", ts, body);
        Assert.True(WebhookSignature.Verify(secret, "msg_1", ts.ToString(), signature, body, Now));
        // During a rotation a receiver may be sent several signatures; one match is enough.
        Assert.True(WebhookSignature.Verify(secret, "msg_1", ts.ToString(), "v1,bm9wZQ== " + signature, body, Now));

        Assert.False(WebhookSignature.Verify(secret, "msg_1", ts.ToString(), signature, Encoding.UTF8.GetBytes("{\"specversion\":\"1.0\",\"id\":\"evt_2\"}"), Now));
        Assert.False(WebhookSignature.Verify(secret, "msg_1", (ts + 1).ToString(), signature, body, Now));
        Assert.False(WebhookSignature.Verify(secret, "msg_2", ts.ToString(), signature, body, Now));
        Assert.False(WebhookSignature.Verify(WebhookSignature.NewSecret(), "msg_1", ts.ToString(), signature, body, Now));
        // A replay ten minutes later is refused even though the signature is right.
        Assert.False(WebhookSignature.Verify(secret, "msg_1", ts.ToString(), signature, body, Now.AddMinutes(10)));
    }

    [Theory]
    [InlineData("127.0.0.1", true), InlineData("10.1.2.3", true), InlineData("172.20.0.1", true), InlineData("192.168.1.1", true),
     InlineData("169.254.169.254", true), InlineData("100.64.0.1", true), InlineData("::1", true), InlineData("fd00::1", true),
     InlineData("fe80::1", true), InlineData("::ffff:10.0.0.1", true), InlineData("0.0.0.0", true),
     InlineData("93.184.216.34", false), InlineData("2606:4700::1111", false), InlineData("172.32.0.1", false)]
    public void Internal_addresses_are_recognised(string address, bool isInternal) =>
        Assert.Equal(isInternal, WebhookTargets.IsInternal(System.Net.IPAddress.Parse(address)));

    [Fact]
    public async Task Endpoint_urls_must_be_http_and_not_internal_unless_allowed()
    {
        Assert.NotNull(await WebhookTargets.CheckAsync("ftp://example.com/hook", allowPrivate: true, default));
        Assert.NotNull(await WebhookTargets.CheckAsync("http://user:pw@example.com/hook", allowPrivate: true, default));
        Assert.NotNull(await WebhookTargets.CheckAsync("http://127.0.0.1:9000/hook", allowPrivate: false, default));
        Assert.NotNull(await WebhookTargets.CheckAsync("http://localhost:9000/hook", allowPrivate: false, default));
        Assert.NotNull(await WebhookTargets.CheckAsync("http://[::1]:9000/hook", allowPrivate: false, default));
        Assert.Null(await WebhookTargets.CheckAsync("http://127.0.0.1:9000/hook", allowPrivate: true, default));
    }
}
