using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kino.Contracts;
using Kino.Events;
using Kino.Samples.DaprSubscriber;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Kino.Tests.Events;

/// <summary>The Dapr sample's endpoints, called as the Dapr sidecar calls them (no sidecar runs in the tests).</summary>
public sealed class DaprSubscriberTests
{
    [Fact]
    public async Task The_sample_subscribes_to_kino_public_and_accepts_a_Kino_CloudEvent_as_the_sidecar_posts_it()
    {
        int port = FreePort();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        app.MapSubscribeHandler();
        app.MapKinoEvents("dev.kino.video.completed.v1");
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        // What the sidecar asks first: which topics, on which component, with which routing key, posted where.
        var subscribe = await http.GetStringAsync("/dapr/subscribe");
        var subscriptions = JsonNode.Parse(subscribe)!.AsArray();
        var subscription = Assert.Single(subscriptions)!;
        Assert.True(subscription["pubsubName"]?.GetValue<string>() == "kino", subscribe);
        Assert.True(subscription["topic"]?.GetValue<string>() == "kino.public", subscribe);
        Assert.True(subscription["metadata"]?["routingKey"]?.GetValue<string>() == "dev.kino.video.completed.v1", subscribe);
        Assert.True(subscription["route"]?.GetValue<string>() is "kino-events" or "/kino-events", subscribe);

        // The message as Kino published it, with the attributes the sidecar adds when it delivers a CloudEvent.
        var job = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow;
        var cloudEvent = PublicEvents.ToCloudEvent(new VideoCompleted(job, job, at, new BlobRef("v.mp4", "video/mp4", 1),
            new BlobRef("t.jpg", "image/jpeg", 1), new BlobRef("s.jpg", "image/jpeg", 1), []));
        var posted = JsonNode.Parse(PublicEvents.Encode(cloudEvent))!.AsObject();
        posted["pubsubname"] = "kino";
        posted["topic"] = "kino.public";
        posted["traceid"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        posted["traceparent"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        posted["tracestate"] = "";
        var response = await http.PostAsync("/kino-events", new StringContent(posted.ToJsonString(), Encoding.UTF8, "application/cloudevents+json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("SUCCESS", answer.GetProperty("status").GetString());
        Assert.Equal(cloudEvent.Id, answer.GetProperty("id").GetString());

        // Something that is not a CloudEvent is dropped rather than retried for ever.
        var junk = await http.PostAsync("/kino-events", new StringContent("{\"hello\":1}", Encoding.UTF8, "application/cloudevents+json"));
        Assert.Equal("DROP", JsonDocument.Parse(await junk.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        await app.StopAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
