using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using CloudNative.CloudEvents;
using Kino.Events;
using Kino.Samples.RabbitMqConsumer;
using Kino.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using RabbitMQ.Client;

namespace Kino.Tests.Events;

public sealed class EventsEndToEndTests
{
    /// <summary>A webhook receiver that checks every signature and answers 503 to its first <see cref="FailFirst"/> requests.</summary>
    private sealed class Receiver
    {
        public const int FailFirst = 3;
        public readonly ConcurrentDictionary<string, string> Secrets = new();
        public readonly ConcurrentQueue<(string Path, string Id, string Type, int Status)> Requests = new();
        private int _count;

        public async Task<IResult> HandleAsync(HttpRequest request)
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var path = request.Path.Value!;
            string id = request.Headers["webhook-id"].ToString();
            bool valid = Secrets.TryGetValue(path, out var secret) && WebhookSignature.Verify(secret, id, request.Headers["webhook-timestamp"].ToString(),
                request.Headers["webhook-signature"].ToString(), body, DateTimeOffset.UtcNow);
            var type = valid ? JsonDocument.Parse(body).RootElement.GetProperty("type").GetString()! : "";
            int status = !valid ? 400 : Interlocked.Increment(ref _count) <= FailFirst ? 503 : 200;
            Requests.Enqueue((path, id, type, status));
            return Results.StatusCode(status);
        }
    }

    [Fact]
    public async Task A_videos_lifecycle_reaches_RabbitMQ_consumers_and_a_recovering_webhook_receiver_with_valid_signatures()
    {
        var receiver = new Receiver();
        int port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var hooks = builder.Build();
        hooks.MapPost("/hooks/{name}", (HttpRequest r) => receiver.HandleAsync(r));
        await hooks.StartAsync();

        await using var platform = await KinoPlatform.StartAsync(distributed: true, new Dictionary<string, string> { ["Kino__Events__AllowPrivateTargets"] = "true" });
        using var user = await platform.NewUserAsync();
        using var other = await platform.NewUserAsync();
        var endpoint = await CreateEndpointAsync(user, $"http://127.0.0.1:{port}/hooks/user", ["dev.kino.video.*"]);
        receiver.Secrets["/hooks/user"] = endpoint.GetProperty("secret").GetString()!;
        var othersEndpoint = await CreateEndpointAsync(other, $"http://127.0.0.1:{port}/hooks/other", ["*"]);
        receiver.Secrets["/hooks/other"] = othersEndpoint.GetProperty("secret").GetString()!;
        var endpointId = endpoint.GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/v1/webhooks/{endpointId}")).StatusCode);
        Assert.Equal(JsonValueKind.Null, (await user.GetFromJsonAsync<JsonElement>($"/v1/webhooks/{endpointId}")).GetProperty("secret").ValueKind);

        var factory = new ConnectionFactory { HostName = "localhost", VirtualHost = $"kino-test-{platform.Port}" };
        var fromQueue = new ConcurrentQueue<CloudEvent>();
        await using var consumer = await KinoEventConsumer.StartAsync(factory, "third-party", "dev.kino.video.#", e => { fromQueue.Enqueue(e); return Task.CompletedTask; });

        var created = await user.PostAsJsonAsync("/v1/videos", new { prompt = "a red ball bounces on a green floor", seconds = "4" });
        var video = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.True(created.IsSuccessStatusCode, video);

        // The exchange: the lifecycle in order of its kinds, every event about this video.
        await WaitUntilAsync(() => fromQueue.Any(e => e.Subject == video && e.Type is "dev.kino.video.completed.v1" or "dev.kino.video.failed.v1"), TimeSpan.FromSeconds(180), platform);
        var types = fromQueue.Where(e => e.Subject == video).Select(e => e.Type!).ToList();
        Assert.Equal("dev.kino.video.requested.v1", types[0]);
        Assert.Contains("dev.kino.video.progressed.v1", types);
        var terminal = types.Single(t => t is "dev.kino.video.completed.v1" or "dev.kino.video.failed.v1");

        // The webhook: every request signed correctly; the ones refused while the receiver was down arrive later with the same webhook-id.
        await WaitUntilAsync(() => receiver.Requests.Any(r => r.Type == terminal && r.Status == 200)
            && receiver.Requests.Where(r => r.Status == 503).All(f => receiver.Requests.Any(r => r.Id == f.Id && r.Status == 200)), TimeSpan.FromSeconds(90), platform);
        Assert.DoesNotContain(receiver.Requests, r => r.Status == 400);
        Assert.DoesNotContain(receiver.Requests, r => r.Path == "/hooks/other");   // another user's video
        var refused = receiver.Requests.First(r => r.Status == 503);

        var log = await user.GetFromJsonAsync<JsonElement>($"/v1/webhooks/{endpointId}/deliveries?limit=100");
        var delivery = log.GetProperty("data").EnumerateArray().Single(d => d.GetProperty("id").GetString() == refused.Id);
        Assert.Equal("succeeded", delivery.GetProperty("status").GetString());
        var requests = delivery.GetProperty("requests").EnumerateArray().ToList();
        Assert.Contains(requests, r => r.GetProperty("status_code").ValueKind == JsonValueKind.Number && r.GetProperty("status_code").GetInt32() == 503);
        Assert.Equal(200, requests[^1].GetProperty("status_code").GetInt32());

        await using (var connection = await factory.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
            await channel.QueueDeleteAsync("third-party");
    }

    private static async Task<JsonElement> CreateEndpointAsync(HttpClient client, string url, string[] types)
    {
        var response = await client.PostAsJsonAsync("/v1/webhooks", new { url, event_types = types });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, KinoPlatform platform)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException(platform.Log());
            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
