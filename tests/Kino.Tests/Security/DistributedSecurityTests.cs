using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kino.Tests.Support;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using static Kino.Tests.Security.SecurityPlatform;

namespace Kino.Tests.Security;

/// <summary>
/// A distributed Kino (every service its own process, RabbitMQ between them) with known keys, and a tap queue bound
/// to every exchange of its virtual host, through one full video with a cameo in it and a round of failing calls.
/// </summary>
public sealed class DistributedSecurityPlatform : IAsyncLifetime
{
    public KinoPlatform Platform { get; private set; } = null!;
    public ResponseLog Responses { get; } = new();
    public string CameoKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public string WatermarkSecret { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
    public string InternalToken { get; private set; } = "";
    public string OwnerKey { get; private set; } = "";
    public byte[] Video { get; private set; } = [];
    public Guid JobId { get; private set; }

    /// <summary>Every message the platform put on its bus while the workload ran: body and headers.</summary>
    public ConcurrentQueue<string> Messages { get; } = new();
    public ConcurrentDictionary<string, bool> TappedExchanges { get; } = new();

    /// <summary>The services' ports: the gateway's port + 101 … + 110, in the order kino starts them.</summary>
    public int ServicePort(string service) => Platform.Port + 101 + Array.IndexOf(
        ["orchestrator", "moderation", "video-diffusion", "audio-synthesis", "lip-sync", "watermark", "provenance", "feed", "cameo", "events"], service);

    private IConnection? _connection;
    private IChannel? _channel;
    private readonly CancellationTokenSource _stop = new();
    private Task _binder = Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        Platform = await KinoPlatform.StartAsync(distributed: true, new Dictionary<string, string>
        {
            ["Kino__Cameo__EncryptionKey"] = CameoKey,
            ["Kino__Watermark__Secret"] = WatermarkSecret,
        });
        InternalToken = ReadInternalToken();
        await StartTapAsync();

        var admin = Responses.Client(Platform.BaseUrl, KinoPlatform.AdminKey);
        var created = await JsonAsync(await admin.PostAsync("/v1/admin/api_keys", Json(new { name = "distributed", plan = "plus" })));
        OwnerKey = created.GetProperty("key").GetString()!;
        var owner = Responses.Client(Platform.BaseUrl, OwnerKey);
        var handle = "dist_" + Guid.NewGuid().ToString("N")[..10];
        using (var form = new MultipartFormDataContent
               {
                   { new StringContent("Me"), "name" }, { new ByteArrayContent(await File.ReadAllBytesAsync(Fixture("astronaut.png"))), "video", "me.png" },
                   { new StringContent("true"), "attest_own_likeness" }, { new StringContent("adult"), "age_bracket" }, { new StringContent(handle), "handle" },
               })
            await JsonAsync(await owner.PostAsync("/v1/videos/characters", form));
        await JsonAsync(await owner.PostAsync("/v1/webhooks", Json(new { url = "https://93.184.216.34/distributed", event_types = new[] { NeverDelivered } })));
        // The owner's own cameo in the video: its consent check travels between services too.
        var id = (await JsonAsync(await owner.PostAsync("/v1/videos", Json(new { prompt = $"@{handle} on a sunny beach", seconds = "4" }))))
            .GetProperty("id").GetString()!;
        await SecretAudit.ExerciseFailuresAsync(Platform.BaseUrl, Responses, owner, KinoPlatform.AdminKey, OwnerKey);
        await WaitAsync(async () => (await JsonAsync(await owner.GetAsync($"/v1/videos/{id}"))).GetProperty("status").GetString() is "completed" or "failed",
            TimeSpan.FromMinutes(6), "the distributed video to finish");
        Assert.Equal("completed", (await JsonAsync(await owner.GetAsync($"/v1/videos/{id}"))).GetProperty("status").GetString());
        Video = await owner.GetByteArrayAsync($"/v1/videos/{id}/content");
        JobId = Guid.ParseExact(id["video_".Length..], "N");
        // The verify endpoints ask the watermark service over internal HTTP.
        await JsonAsync(await owner.PostAsync("/v1/provenance/verify", new MultipartFormDataContent { { new ByteArrayContent(Video), "file", "v.mp4" } }));
        await JsonAsync(await owner.PostAsync("/v1/content_provenance_checks", new MultipartFormDataContent { { new ByteArrayContent(Video), "file", "v.mp4" } }));
        await Task.Delay(2000);   // the last events and log lines
    }

    /// <summary>The token kino generated for this platform, read from its services' environment (as root can).</summary>
    private string ReadInternalToken()
    {
        var marker = $"Kino__Bus__RabbitMqVirtualHost=kino-test-{Platform.Port}";
        foreach (var environ in Directory.GetDirectories("/proc").Select(d => Path.Combine(d, "environ")))
        {
            string[] variables;
            try { variables = File.ReadAllText(environ).Split('\0'); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
            if (variables.Contains(marker) && variables.FirstOrDefault(v => v.StartsWith("Kino__InternalToken=", StringComparison.Ordinal)) is { } token)
                return token["Kino__InternalToken=".Length..];
        }
        throw new InvalidOperationException("no service process of this platform shows its internal token");
    }

    private async Task StartTapAsync()
    {
        var factory = new ConnectionFactory { HostName = "localhost", VirtualHost = $"kino-test-{Platform.Port}" };
        _connection = await factory.CreateConnectionAsync();
        _channel = await _connection.CreateChannelAsync();
        var queue = (await _channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var headers = string.Join('\n', (delivery.BasicProperties.Headers ?? new Dictionary<string, object?>())
                .Select(h => $"{h.Key}: {(h.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : h.Value)}"));
            Messages.Enqueue($"{delivery.Exchange}\n{headers}\n{Encoding.UTF8.GetString(delivery.Body.Span)}");
            return Task.CompletedTask;
        };
        await _channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        await BindNewExchangesAsync(queue);
        // The services declare their exchanges when they start; ones made later (error queues, message types first
        // published mid-run) are tapped as they appear. rabbitmqctl starts an Erlang VM, so it is not asked often.
        _binder = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                try { await Task.Delay(TimeSpan.FromSeconds(8), _stop.Token); } catch (OperationCanceledException) { return; }
                await BindNewExchangesAsync(queue);
            }
        });
    }

    private async Task BindNewExchangesAsync(string queue)
    {
        var list = new ProcessStartInfo("rabbitmqctl", ["-q", "list_exchanges", "-p", $"kino-test-{Platform.Port}", "name", "type"])
            { RedirectStandardOutput = true, Environment = { ["RABBITMQ_NODENAME"] = "rabbit@localhost" } };
        using var process = Process.Start(list)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, type) = line.Split('\t') is [var n, var t] ? (n, t.Trim()) : ("", "");
            if (name.Length == 0 || name.StartsWith("amq.", StringComparison.Ordinal) || type is not ("fanout" or "topic") || !TappedExchanges.TryAdd(name, true)) continue;
            await _channel!.QueueBindAsync(queue, name, type == "topic" ? "#" : "");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        await _binder;
        if (_channel is not null) await _channel.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
        await Platform.DisposeAsync();
    }
}

/// <summary>
/// In distributed mode: the services' internal APIs refuse calls without the internal token or with a wrong one;
/// the C2PA signing key and the watermark key never leave their services (no message on the bus, no public or
/// internal HTTP response carries them); and no secret reaches the services' logs or a foreign response.
/// </summary>
public sealed class DistributedSecurityTests(DistributedSecurityPlatform fixture) : IClassFixture<DistributedSecurityPlatform>
{
    /// <summary>Which service answers an internal path, by its first segments.</summary>
    private static readonly (string Prefix, string Service)[] Owners =
    [
        ("/internal/cameos", "cameo"), ("/cameos", "cameo"), ("/jobs", "orchestrator"), ("/moderation", "moderation"),
        ("/watermark", "watermark"), ("/provenance", "provenance"), ("/feed", "feed"), ("/events", "events"),
    ];

    private static string ServiceOf(string pattern) =>
        Owners.FirstOrDefault(o => pattern == o.Prefix || pattern.StartsWith(o.Prefix + "/", StringComparison.Ordinal)).Service
        ?? throw new Xunit.Sdk.XunitException($"no service known for the internal endpoint {pattern}: add it to {nameof(Owners)}");

    private async Task<(int Status, string Body)> CallAsync(int port, RouteTable.Endpoint endpoint, string? token)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        // The real job's id where an id must be a GUID (jobs), so a caller with the token finds something.
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), RouteTable.Concrete(endpoint.Pattern, guid: fixture.JobId))
        {
            Content = endpoint.Method is "POST" or "PATCH" ? Json(new { }) : null,
        };
        request.Headers.Add("X-Kino-Owner", "owner_someone");
        if (token is not null) request.Headers.Add("X-Kino-Internal-Token", token);
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Internal_apis_refuse_calls_without_the_internal_token_or_with_a_wrong_one()
    {
        var failures = new List<string>();
        var answeredWithToken = new HashSet<string>();
        foreach (var endpoint in RouteTable.Internal)
        {
            var service = ServiceOf(endpoint.Pattern);
            var port = fixture.ServicePort(service);
            foreach (var token in new[] { null, "", "wrong", fixture.InternalToken[..^1], fixture.InternalToken + "0", KinoPlatform.AdminKey })
            {
                var (status, body) = await CallAsync(port, endpoint, token);
                if (status != 404 || body.Length > 0) failures.Add($"{service} {endpoint.Method} {endpoint.Pattern} with token '{token}': {status} {body[..Math.Min(200, body.Length)]}");
            }
            // Nor does the gateway serve them, whatever the caller sends.
            var (gatewayStatus, _) = await CallAsync(fixture.Platform.Port, endpoint, fixture.InternalToken);
            if (gatewayStatus != 404) failures.Add($"gateway {endpoint.Method} {endpoint.Pattern}: {gatewayStatus}");
            var (withToken, withTokenBody) = await CallAsync(port, endpoint, fixture.InternalToken);
            if (withToken != 404 || withTokenBody.Length > 0) answeredWithToken.Add(service);
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        // The right token does open each service's API: the refusals above were for the token, not a wrong port.
        Assert.Equal(Owners.Select(o => o.Service).Distinct().Order(), answeredWithToken.Order());
    }

    [Fact]
    public void Signing_and_watermark_keys_never_leave_their_services()
    {
        var keys = SecretForms.SigningKeys(fixture.Platform.DataDirectory).Append(SecretForms.OfText("watermark key", fixture.WatermarkSecret))
            .Append(SecretForms.OfBase64("cameo media key", fixture.CameoKey)).ToList();
        var messages = fixture.Messages.ToList();
        // The tap saw the whole pipeline: the stage commands and their results, the public events.
        Assert.Contains(fixture.TappedExchanges.Keys, e => e.Contains("SignProvenance", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("ProvenanceSigned", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Watermarked", StringComparison.Ordinal));
        var leaks = keys.SelectMany(key => messages.Where(m => key.FoundIn(m) is not null).Select(m => $"{key.Name} in a message on {m.Split('\n')[0]}")).ToList();
        leaks.AddRange(SecretAudit.Leaks(keys, "", fixture.Responses.All, (_, _) => false));
        Assert.True(leaks.Count == 0, string.Join('\n', leaks.Take(20)));
    }

    [Fact]
    public async Task The_watermark_services_internal_answer_carries_no_key()
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{fixture.ServicePort("watermark")}") };
        client.DefaultRequestHeaders.Add("X-Kino-Internal-Token", fixture.InternalToken);
        using var response = await client.PostAsync("/watermark/detections", new MultipartFormDataContent { { new ByteArrayContent(fixture.Video), "file", "clip.mp4" } });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        Assert.Contains("\"detected\":true", body.Replace(" ", ""));
        var keys = SecretForms.SigningKeys(fixture.Platform.DataDirectory).Append(SecretForms.OfText("watermark key", fixture.WatermarkSecret));
        Assert.All(keys, key => Assert.Null(key.FoundIn(body + response.Headers)));
    }

    [Fact]
    public void No_secret_reaches_the_services_logs_or_a_foreign_response()
    {
        var responses = fixture.Responses.All.ToList();
        var secrets = SecretAudit.PlatformSecrets(fixture.Platform.DataDirectory, fixture.CameoKey, fixture.WatermarkSecret, fixture.OwnerKey, responses);
        secrets.Add(SecretForms.OfText("internal token", fixture.InternalToken));
        var log = fixture.Platform.FullLog();
        Assert.Contains("[provenance]", log);
        var leaks = SecretAudit.Leaks(secrets, log, responses, SecretAudit.Allowed);
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }
}
