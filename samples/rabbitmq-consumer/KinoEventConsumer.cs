using System.Net.Mime;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Kino.Samples.RabbitMqConsumer;

/// <summary>
/// Consumes Kino's public events: a queue bound to the <c>kino.public</c> topic exchange with a routing pattern
/// (routing keys are the CloudEvent types, e.g. <c>dev.kino.video.completed.v1</c>; <c>dev.kino.video.#</c> takes every
/// video event), each message a structured-mode CloudEvent that the CloudEvents SDK parses.
/// </summary>
public sealed class KinoEventConsumer : IAsyncDisposable
{
    public const string Exchange = "kino.public";
    private static readonly JsonEventFormatter Formatter = new();

    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private KinoEventConsumer(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    /// <summary>
    /// Binds <paramref name="queue"/> (durable, so events wait while the consumer is away) to the exchange with
    /// <paramref name="bindingKey"/> and hands each event to <paramref name="onEvent"/>; acknowledged once it returns.
    /// </summary>
    public static async Task<KinoEventConsumer> StartAsync(ConnectionFactory factory, string queue, string bindingKey,
        Func<CloudEvent, Task> onEvent, CancellationToken ct = default)
    {
        var connection = await factory.CreateConnectionAsync(ct);
        var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        // Declared as Kino declares it (durable topic), so whichever side starts first makes it.
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
        await channel.QueueBindAsync(queue, Exchange, bindingKey, cancellationToken: ct);
        await channel.BasicQosAsync(0, 16, false, ct);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            CloudEvent cloudEvent;
            try
            {
                cloudEvent = Formatter.DecodeStructuredModeMessage(delivery.Body, new ContentType(delivery.BasicProperties.ContentType ?? "application/cloudevents+json"), null);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or System.Text.Json.JsonException)
            {
                await channel.BasicRejectAsync(delivery.DeliveryTag, requeue: false);   // not a CloudEvent: never will be
                return;
            }
            try
            {
                await onEvent(cloudEvent);
                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            }
            catch (Exception)
            {
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true);
            }
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer, ct);
        return new KinoEventConsumer(connection, channel);
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
