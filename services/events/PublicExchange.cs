using CloudNative.CloudEvents;
using Kino.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Kino.Events;

/// <summary>
/// Publishes CloudEvents to the durable topic exchange <c>kino.public</c> (routing key = the event type), in structured
/// JSON mode, with publisher confirms. Only when the bus is RabbitMQ: the in-memory bus has no broker to publish to.
/// </summary>
public sealed class PublicExchange(IOptions<BusOptions> bus, ILogger<PublicExchange> logger) : IAsyncDisposable
{
    public const string ContentType = "application/cloudevents+json";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private IChannel? _channel;
    private bool _toldDisabled;

    public bool Enabled => bus.Value.Transport == BusTransport.RabbitMq;

    public async Task PublishAsync(CloudEvent cloudEvent, byte[] body, CancellationToken ct)
    {
        if (!Enabled)
        {
            if (!_toldDisabled)
            {
                _toldDisabled = true;
                logger.LogInformation("The bus is in-memory: public events go to webhooks only, not to the {Exchange} exchange", PublicEvents.Exchange);
            }
            return;
        }
        await _gate.WaitAsync(ct);
        try
        {
            var channel = await ChannelAsync(ct);
            var properties = new BasicProperties
            {
                ContentType = ContentType,
                MessageId = cloudEvent.Id,
                Type = cloudEvent.Type,
                Persistent = true,
                Timestamp = new AmqpTimestamp(cloudEvent.Time?.ToUnixTimeSeconds() ?? 0),
            };
            // With confirmations tracked, this returns once the broker has the message (or throws).
            await channel.BasicPublishAsync(PublicEvents.Exchange, cloudEvent.Type!, mandatory: false, properties, body, ct);
        }
        catch
        {
            await CloseAsync();   // reconnect on the next publish
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IChannel> ChannelAsync(CancellationToken ct)
    {
        if (_channel is { IsOpen: true }) return _channel;
        await CloseAsync();
        var o = bus.Value;
        var factory = new ConnectionFactory
        {
            HostName = o.RabbitMqHost, Port = o.RabbitMqPort, VirtualHost = o.RabbitMqVirtualHost,
            UserName = o.RabbitMqUsername, Password = o.RabbitMqPassword, ClientProvidedName = "kino-events",
        };
        _connection = await factory.CreateConnectionAsync(ct);
        _channel = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        await _channel.ExchangeDeclareAsync(PublicEvents.Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
        return _channel;
    }

    private async Task CloseAsync()
    {
        if (_channel is not null) await _channel.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
        _channel = null;
        _connection = null;
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        _gate.Dispose();
    }
}
