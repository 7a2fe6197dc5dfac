using System.Text.Json;
using System.Threading.Channels;
using CloudNative.CloudEvents;
using Kino.Contracts;
using Kino.Events;
using Kino.Samples.RabbitMqConsumer;
using Kino.ServiceDefaults.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Kino.Tests.Events;

/// <summary>The exchange and the plain consumer sample against the RabbitMQ that <c>./kino test</c> runs.</summary>
public sealed class PublicExchangeTests
{
    [Fact]
    public async Task Events_published_to_kino_public_reach_the_sample_consumer_by_routing_pattern()
    {
        var queue = "kino-test-events-" + Guid.NewGuid().ToString("N")[..8];
        var received = Channel.CreateUnbounded<CloudEvent>();
        var factory = new ConnectionFactory { HostName = "localhost" };
        await using (var consumer = await KinoEventConsumer.StartAsync(factory, queue, "dev.kino.video.#", e => received.Writer.WriteAsync(e).AsTask()))
        {
            await using var exchange = new PublicExchange(Options.Create(new BusOptions { Transport = BusTransport.RabbitMq }), NullLogger<PublicExchange>.Instance);
            var job = Guid.NewGuid();
            var at = DateTimeOffset.UtcNow;
            var follow = PublicEvents.ToCloudEvent(new UserFollowed("a", "b", at));
            var failed = PublicEvents.ToCloudEvent(new VideoFailed(job, job, at, JobErrorCodes.ModerationBlocked, "blocked", []));
            await exchange.PublishAsync(follow, PublicEvents.Encode(follow), default);   // not bound: a user event
            await exchange.PublishAsync(failed, PublicEvents.Encode(failed), default);

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var got = await received.Reader.ReadAsync(timeout.Token);
            Assert.Equal(failed.Id, got.Id);
            Assert.Equal("dev.kino.video.failed.v1", got.Type);
            Assert.Equal("video_" + job.ToString("N"), got.Subject);
            Assert.Equal("moderation_blocked", ((JsonElement)got.Data!).GetProperty("code").GetString());
            await Task.Delay(300);
            Assert.False(received.Reader.TryRead(out _), "only the bound pattern's events arrive");
        }
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeleteAsync(queue);
    }

    [Fact]
    public async Task With_the_in_memory_bus_nothing_is_published()
    {
        await using var exchange = new PublicExchange(Options.Create(new BusOptions()), NullLogger<PublicExchange>.Instance);
        var e = PublicEvents.ToCloudEvent(new UserFollowed("a", "b", DateTimeOffset.UtcNow));
        Assert.False(exchange.Enabled);
        await exchange.PublishAsync(e, PublicEvents.Encode(e), default);   // no broker needed
    }
}
