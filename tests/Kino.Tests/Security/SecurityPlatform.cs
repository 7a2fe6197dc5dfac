using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kino.Tests.Support;

namespace Kino.Tests.Security;

[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<SecurityPlatform>
{
    public const string Name = "security";
}

/// <summary>Every HTTP response a test client saw (status, headers, body), to be searched for secrets afterwards.</summary>
public sealed class ResponseLog
{
    public sealed record Seen(string Request, int Status, string Headers, byte[] Body);

    public ConcurrentQueue<Seen> All { get; } = new();

    public HttpClient Client(Uri baseUrl, string? apiKey)
    {
        var client = new HttpClient(new Recorder(this)) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    private sealed class Recorder(ResponseLog log) : DelegatingHandler(new HttpClientHandler { AllowAutoRedirect = false })
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var response = await base.SendAsync(request, ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            var replay = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers) replay.Headers.TryAddWithoutValidation(header.Key, header.Value);
            response.Content = replay;
            log.All.Enqueue(new Seen($"{request.Method} {request.RequestUri}", (int)response.StatusCode, $"{response.Headers}{replay.Headers}", body));
            return response;
        }
    }
}

/// <summary>
/// One all-in-one Kino for the security tests, started with known secrets (cameo media key, watermark key; the admin
/// key is <see cref="KinoPlatform.AdminKey"/>) and an SSRF allow-list of exactly 127.0.0.2/32, with two users, and
/// resources the first user owns: a completed (published) video, a cameo made from a photo and a webhook endpoint.
/// </summary>
public sealed class SecurityPlatform : IAsyncLifetime
{
    public const string AllowedImageHost = "127.0.0.2";

    /// <summary>
    /// The event type the tests' webhook endpoints subscribe to: none happens in them (no takedown is restored), so
    /// nothing is ever sent to the endpoints' public addresses.
    /// </summary>
    public const string NeverDelivered = "dev.kino.feed.item_restored.v1";

    public KinoPlatform Platform { get; private set; } = null!;
    public ResponseLog Responses { get; } = new();
    public string CameoKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public string WatermarkSecret { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public HttpClient Owner { get; private set; } = null!;
    public HttpClient Other { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Anonymous { get; private set; } = null!;
    public string OwnerKey { get; private set; } = "";
    public string OtherKey { get; private set; } = "";
    public string OwnerId { get; private set; } = "";
    public string OtherId { get; private set; } = "";
    public string VideoId { get; private set; } = "";
    public string CameoId { get; private set; } = "";
    public string WebhookId { get; private set; } = "";

    /// <summary>A path to a video of the owner that a test may delete (made on first use; deleting it stops its job).</summary>
    public Lazy<Task<string>> DisposableVideo { get; }

    /// <summary>A path to a cameo of the owner that a test may delete.</summary>
    public Lazy<Task<string>> DisposableCameo { get; }

    public SecurityPlatform()
    {
        DisposableVideo = new(async () => "/v1/videos/" + (await JsonAsync(await Owner.PostAsync("/v1/videos", Json(new { prompt = "a blue ring in a studio" })))).GetProperty("id").GetString());
        DisposableCameo = new(async () => "/v1/cameos/" + await NewCameoAsync());
    }

    public static string Fixture(string name) => Path.Combine(Repo.Root, ".kino/fixtures", name);

    public async ValueTask InitializeAsync()
    {
        Platform = await KinoPlatform.StartAsync(distributed: false, new Dictionary<string, string>
        {
            ["Kino__Cameo__EncryptionKey"] = CameoKey,
            ["Kino__Watermark__Secret"] = WatermarkSecret,
            ["Kino__Gateway__ReferenceImageAllowedNetworks__0"] = $"{AllowedImageHost}/32",
            ["Kino__Gateway__ReferenceImageTimeout"] = "00:00:03",
        });
        Admin = Responses.Client(Platform.BaseUrl, KinoPlatform.AdminKey);
        Anonymous = Responses.Client(Platform.BaseUrl, null);
        (Owner, OwnerKey, OwnerId) = await NewUserAsync();
        (Other, OtherKey, OtherId) = await NewUserAsync();

        VideoId = (await JsonAsync(await Owner.PostAsync("/v1/videos", Json(new { prompt = "a red ball bouncing on a beach", seconds = "4", size = "720x1280" }))))
            .GetProperty("id").GetString()!;
        CameoId = await NewCameoAsync();
        WebhookId = await NewWebhookAsync();
        await WaitAsync(async () => (await JsonAsync(await Owner.GetAsync($"/v1/videos/{VideoId}"))).GetProperty("status").GetString() is "completed" or "failed",
            TimeSpan.FromMinutes(5), "the owner's video to finish");
        Assert.Equal("completed", (await JsonAsync(await Owner.GetAsync($"/v1/videos/{VideoId}"))).GetProperty("status").GetString());
        await WaitAsync(async () => (await Owner.GetAsync($"/v1/feed/videos/{VideoId}/content?variant=thumbnail")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(30), "the video to be published in the feed");
    }

    /// <summary>A user on the pro plan: its 1200 requests a minute leave room for the sweeps of hostile paths.</summary>
    public async Task<(HttpClient Client, string Key, string OwnerId)> NewUserAsync()
    {
        var created = await JsonAsync(await Admin.PostAsync("/v1/admin/api_keys", Json(new { name = "security", plan = "pro" })));
        var key = created.GetProperty("key").GetString()!;
        var client = Responses.Client(Platform.BaseUrl, key);
        var me = await JsonAsync(await client.GetAsync("/v1/me"));
        return (client, key, me.GetProperty("id").GetString()!);
    }

    public async Task<string> NewKeyIdAsync() =>
        (await JsonAsync(await Admin.PostAsync("/v1/admin/api_keys", Json(new { name = "throwaway" })))).GetProperty("id").GetString()!;

    /// <summary>A cameo of the owner made from a photo (cheap: one frame to search for a face).</summary>
    public async Task<string> NewCameoAsync()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Me"), "name" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(Fixture("astronaut.png"))), "video", "me.png" },
            { new StringContent("true"), "attest_own_likeness" },
            { new StringContent("adult"), "age_bracket" },
            { new StringContent("sec_" + Guid.NewGuid().ToString("N")[..12]), "handle" },
        };
        return (await JsonAsync(await Owner.PostAsync("/v1/videos/characters", form))).GetProperty("id").GetString()!;
    }

    /// <summary>A webhook endpoint of the owner, to a public address literal (nothing is ever delivered to it).</summary>
    public async Task<string> NewWebhookAsync() =>
        (await JsonAsync(await Owner.PostAsync("/v1/webhooks", Json(new { url = "https://93.184.216.34/kino-hook", event_types = new[] { NeverDelivered } }))))
        .GetProperty("id").GetString()!;

    public static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task WaitAsync(Func<Task<bool>> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"waited {timeout} for {what}");
            await Task.Delay(500);
        }
    }

    public async ValueTask DisposeAsync() => await Platform.DisposeAsync();
}
