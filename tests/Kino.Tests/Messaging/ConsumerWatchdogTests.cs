using System.Collections.Concurrent;
using Kino.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Kino.Tests.Messaging;

/// <summary>
/// The consumer watchdog ends a process whose bus is wedged (a queue of its own without any consumer on the broker
/// for too long) and leaves alone one whose queues are consumed, or whose broker is away. The decision is tested alone;
/// the watchdog itself against the real RabbitMQ, with a queue that this test consumes and then stops consuming.
/// </summary>
public sealed class ConsumerWatchdogTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_queue_is_wedged_only_after_it_had_no_consumer_for_the_whole_period()
    {
        var presence = new ConsumerPresence(TimeSpan.FromSeconds(60));
        presence.Observe("generate-video", 0, T0);
        presence.Observe("apply-watermark", 1, T0);
        Assert.Empty(presence.Wedged(T0.AddSeconds(59)));
        presence.Observe("generate-video", 0, T0.AddSeconds(30));   // still empty: the period runs from the first look
        var wedged = Assert.Single(presence.Wedged(T0.AddSeconds(60)));
        Assert.Equal(("generate-video", TimeSpan.FromSeconds(60)), wedged);
    }

    [Fact]
    public void A_consumer_seen_again_or_a_broker_that_did_not_answer_starts_the_period_over()
    {
        var presence = new ConsumerPresence(TimeSpan.FromSeconds(60));
        presence.Observe("generate-video", 0, T0);
        presence.Observe("generate-video", 2, T0.AddSeconds(40));
        presence.Observe("generate-video", 0, T0.AddSeconds(50));
        Assert.Empty(presence.Wedged(T0.AddSeconds(100)));
        presence.Observe("generate-video", null, T0.AddSeconds(100));   // broker away: MassTransit cannot reconnect yet
        presence.Observe("generate-video", 0, T0.AddSeconds(120));
        Assert.Empty(presence.Wedged(T0.AddSeconds(170)));
        Assert.Single(presence.Wedged(T0.AddSeconds(180)));
    }

    private sealed class RecordedTermination : IProcessTermination
    {
        public ConcurrentQueue<int> ExitCodes { get; } = new();
        public void End(int exitCode, TimeSpan grace) => ExitCodes.Enqueue(exitCode);
    }

    private sealed record Ready(Uri InputAddress) : ReceiveEndpointReady
    {
        public bool IsStarted => true;
        public IReceiveEndpoint ReceiveEndpoint => null!;
    }

    private static ConsumerWatchdog Watchdog(int port, RecordedTermination termination) =>
        new(Options.Create(new BusOptions
        {
            Transport = BusTransport.RabbitMq, RabbitMqPort = port,
            WatchdogInterval = TimeSpan.FromMilliseconds(500), WedgedAfter = TimeSpan.FromSeconds(4),
        }), termination, NullLogger<ConsumerWatchdog>.Instance);

    [Fact]
    public async Task On_RabbitMQ_a_queue_left_without_its_consumer_ends_the_process_with_exit_code_75()
    {
        var queue = $"kino-watchdog-{Guid.NewGuid():N}";
        var replyQueue = $"host_kino_bus_{Guid.NewGuid():N}";
        await using var connection = await new ConnectionFactory { HostName = "localhost", ClientProvidedName = "kino-watchdog-test" }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        // On the broker without a consumer, so that watching it would end the process while the other queue is consumed.
        await channel.QueueDeclareAsync(replyQueue, durable: false, exclusive: false, autoDelete: false);
        try
        {
            var consumerTag = await channel.BasicConsumeAsync(queue, autoAck: true, new AsyncEventingBasicConsumer(channel));
            var termination = new RecordedTermination();
            var watchdog = Watchdog(5672, termination);
            await watchdog.Ready(new Ready(new Uri($"rabbitmq://localhost/{queue}")));
            // The bus's own temporary reply queue is not watched (it has no consumer whenever the connection is down).
            await watchdog.Ready(new Ready(new Uri($"rabbitmq://localhost/{replyQueue}?temporary=true")));
            await watchdog.StartAsync(CancellationToken.None);

            // Consumed: longer than the wedge period passes and nothing happens.
            await Task.Delay(TimeSpan.FromSeconds(6));
            Assert.Empty(termination.ExitCodes);

            // The consumer goes (as when MassTransit's receive endpoint hangs reopening its channel): the process ends.
            await channel.BasicCancelAsync(consumerTag);
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (termination.ExitCodes.IsEmpty && DateTime.UtcNow < deadline) await Task.Delay(200);
            Assert.Equal([ConsumerWatchdog.WedgedExitCode], termination.ExitCodes);
            await watchdog.StopAsync(CancellationToken.None);
        }
        finally
        {
            await channel.QueueDeleteAsync(queue);
            await channel.QueueDeleteAsync(replyQueue);
        }
    }

    [Fact]
    public async Task A_broker_that_cannot_be_reached_is_not_a_wedged_bus()
    {
        var termination = new RecordedTermination();
        var watchdog = Watchdog(1, termination);   // nothing listens on port 1
        await watchdog.Ready(new Ready(new Uri("rabbitmq://localhost/generate-video")));
        await watchdog.StartAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(7));
        await watchdog.StopAsync(CancellationToken.None);
        Assert.Empty(termination.ExitCodes);
    }
}
