using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kino.Tests.Support;
using static Kino.Tests.Security.SecurityPlatform;

namespace Kino.Tests.Security;

/// <summary>
/// Secrets never reach a log line, an error message or a response they do not belong in: the admin key, the cameo
/// media key, the watermark key, the C2PA signing keys, webhook signing secrets and users' API keys, in any
/// spelling, after a run of good and failing calls (wrong and near-miss keys, bad bodies, refused uploads).
/// A key appears only in the response that creates it; a webhook secret only where it is made or rotated.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class SecretsTests(SecurityPlatform fixture)
{
    [Fact]
    public async Task No_secret_reaches_a_log_an_error_message_or_a_foreign_response()
    {
        await SecretAudit.ExerciseFailuresAsync(fixture.Platform.BaseUrl, fixture.Responses, fixture.Owner, KinoPlatform.AdminKey, fixture.OwnerKey);
        var hook = await JsonAsync(await fixture.Owner.PostAsync("/v1/webhooks", Json(new { url = "https://93.184.216.34/secrets", event_types = new[] { NeverDelivered } })));
        await JsonAsync(await fixture.Owner.PostAsync($"/v1/webhooks/{hook.GetProperty("id").GetString()}/rotate_secret", null));
        await fixture.Owner.GetAsync($"/v1/webhooks/{hook.GetProperty("id").GetString()}");
        await Task.Delay(1000);   // let the last log lines land

        var responses = fixture.Responses.All.ToList();
        var secrets = SecretAudit.PlatformSecrets(fixture.Platform.DataDirectory, fixture.CameoKey, fixture.WatermarkSecret, fixture.OwnerKey, responses);
        secrets.Add(SecretForms.OfText("other user's API key", fixture.OtherKey));

        var log = fixture.Platform.FullLog();
        Assert.Contains("Cameo char_", log);
        // The search can find what it looks for: the keys and webhook secrets sit in the responses that made them.
        Assert.Equal(secrets.Count(s => s.Name.EndsWith("API key") || s.Name.StartsWith("webhook secret")),
            secrets.Count(s => SecretAudit.Leaks([s], "", responses, (_, _) => false).Count > 0));
        var leaks = SecretAudit.Leaks(secrets, log, responses, SecretAudit.Allowed);
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }
}

/// <summary>The calls and the search the secret tests share, all-in-one and distributed.</summary>
public static partial class SecretAudit
{
    [GeneratedRegex(@"whsec_[A-Za-z0-9+/=]{16,}")]
    private static partial Regex WebhookSecret();

    /// <summary>
    /// The secrets every test platform holds: the admin key, the cameo media and watermark keys, the owner's API key, the
    /// C2PA signing keys under <paramref name="dataDirectory"/> and the webhook secrets found in <paramref name="responses"/>.
    /// </summary>
    public static List<SecretForms> PlatformSecrets(string dataDirectory, string cameoKey, string watermarkSecret, string ownerKey,
        IEnumerable<ResponseLog.Seen> responses) =>
    [
        SecretForms.OfText("admin key", KinoPlatform.AdminKey),
        SecretForms.OfBase64("cameo media key", cameoKey),
        SecretForms.OfText("watermark key", watermarkSecret),
        SecretForms.OfText("owner's API key", ownerKey),
        .. SecretForms.SigningKeys(dataDirectory),
        .. WebhookSecrets(responses),
    ];

    /// <summary>Every webhook signing secret the responses showed (made or rotated), as text and as its key bytes.</summary>
    private static List<SecretForms> WebhookSecrets(IEnumerable<ResponseLog.Seen> responses)
    {
        var secrets = responses.SelectMany(r => WebhookSecret().Matches(Encoding.UTF8.GetString(r.Body)).Select(m => m.Value)).Distinct().ToList();
        Assert.NotEmpty(secrets);
        return secrets.SelectMany(s => new[] { SecretForms.OfText("webhook secret " + s[..10], s), SecretForms.OfBase64("webhook secret " + s[..10] + " (its key bytes)", s["whsec_".Length..]) }).ToList();
    }

    /// <summary>Calls that fail in the ways that tend to echo what they were given.</summary>
    public static async Task ExerciseFailuresAsync(Uri baseUrl, ResponseLog responses, HttpClient owner, string adminKey, string ownerKey)
    {
        foreach (var header in new[] { $"Bearer {adminKey}x", $"Bearer x{adminKey}", $"Basic {adminKey}", $"Bearer {ownerKey[..^2]}", "Bearer", $"Bearer {adminKey[..^1]}" })
        {
            using var client = responses.Client(baseUrl, null);
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);
            await client.GetAsync("/v1/videos");
            await client.PostAsync("/v1/admin/api_keys", Json(new { name = "x" }));
        }
        using (var internalCaller = responses.Client(baseUrl, null))
        {
            internalCaller.DefaultRequestHeaders.Add("X-Kino-Internal-Token", adminKey);
            await internalCaller.GetAsync("/jobs/" + Guid.NewGuid());
            await internalCaller.PostAsync("/internal/cameos/consent-checks", Json(new { }));
        }
        await owner.PostAsync("/v1/videos", new StringContent("{\"prompt\":", Encoding.UTF8, "application/json"));
        await owner.PostAsync("/v1/videos", new StringContent("prompt=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await owner.PostAsync("/v1/videos", Json(new { prompt = "x", input_reference = new { image_url = "http://169.254.169.254/latest/meta-data/" } }));
        await owner.PostAsync("/v1/videos", Json(new { prompt = "x", input_reference = new { image_url = "data:image/png;base64,!!!" } }));
        await owner.PostAsync("/v1/webhooks", Json(new { url = "http://10.0.0.1/hook", event_types = new[] { NeverDelivered } }));
        await owner.PostAsync("/v1/webhooks", new StringContent("[1,", Encoding.UTF8, "application/json"));
        await owner.PostAsync("/v1/videos/characters", new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("not a video")), "video", "x.mp4" },
            { new StringContent("x"), "name" }, { new StringContent("true"), "attest_own_likeness" }, { new StringContent("adult"), "age_bracket" }, { new StringContent("sec_bad_media"), "handle" } });
        await owner.PostAsync("/v1/content_provenance_checks", new MultipartFormDataContent { { new ByteArrayContent(new byte[4096]), "file", "x.mp4" } });
        await owner.PatchAsync("/v1/cameos/char_nope", Json(new { name = 5 }));
    }

    /// <summary>Finds each secret's spellings in the log and in every response outside the ones allowed to carry it.</summary>
    public static List<string> Leaks(IEnumerable<SecretForms> secrets, string log, IEnumerable<ResponseLog.Seen> responses, Func<SecretForms, ResponseLog.Seen, bool> allowed)
    {
        var leaks = new List<string>();
        var seen = responses.ToList();
        foreach (var secret in secrets)
        {
            if (secret.FoundIn(log) is { } inLog) leaks.Add($"{secret.Name} in the log (as '{inLog[..8]}…')");
            foreach (var response in seen.Where(r => !allowed(secret, r)))
                if (secret.FoundIn(response.Headers + Encoding.Latin1.GetString(response.Body)) is { } inResponse)
                    leaks.Add($"{secret.Name} in the response to {response.Request} (as '{inResponse[..8]}…')");
        }
        return leaks;
    }

    /// <summary>A new API key is shown by the call that makes it; a webhook secret by the calls that make or rotate it.</summary>
    public static bool Allowed(SecretForms secret, ResponseLog.Seen response) =>
        (secret.Name.EndsWith("API key", StringComparison.Ordinal) && response.Request.StartsWith("POST ", StringComparison.Ordinal) && response.Request.EndsWith("/v1/admin/api_keys", StringComparison.Ordinal))
        || (secret.Name.StartsWith("webhook secret", StringComparison.Ordinal) && response.Request.StartsWith("POST ", StringComparison.Ordinal)
            && (response.Request.EndsWith("/v1/webhooks", StringComparison.Ordinal) || response.Request.EndsWith("/rotate_secret", StringComparison.Ordinal)));
}
