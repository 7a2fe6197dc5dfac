using System.Net.Mime;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;

namespace Kino.Samples.DaprSubscriber;

/// <summary>
/// A Dapr subscription to Kino's public events. Dapr's RabbitMQ component uses the topic name as the exchange name, so
/// the topic is <c>kino.public</c>; the <c>routingKey</c> metadata binds the queue to the event types wanted, and
/// <c>queueName</c> names this subscription's queue. The sidecar posts each event, a CloudEvent already, to <see cref="Route"/>.
/// </summary>
public static class KinoSubscription
{
    public const string PubSubName = "kino";
    public const string Topic = "kino.public";
    public const string Route = "/kino-events";
    private static readonly JsonEventFormatter Formatter = new();

    public static IEndpointConventionBuilder MapKinoEvents(this IEndpointRouteBuilder app, string routingKey = "dev.kino.video.#") =>
        app.MapPost(Route, HandleAsync).WithTopic(PubSubName, Topic, new Dictionary<string, string>
        {
            ["routingKey"] = routingKey,
            ["queueName"] = "kino-dapr-sample",
        });

    /// <summary>Dapr reads the answer: SUCCESS acknowledges, RETRY redelivers, DROP discards (a message that never will parse).</summary>
    private static async Task<IResult> HandleAsync(HttpRequest request, ILogger<KinoEventLog> logger)
    {
        CloudEvent cloudEvent;
        try
        {
            cloudEvent = await Formatter.DecodeStructuredModeMessageAsync(request.Body, new ContentType(request.ContentType ?? "application/cloudevents+json"), null);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or System.Text.Json.JsonException)
        {
            logger.LogWarning("Dropped a message that is not a CloudEvent: {Error}", e.Message);
            return Results.Ok(new { status = "DROP" });
        }
        logger.LogInformation("{Type} {Subject} id={Id} via {PubSub}/{Topic}", cloudEvent.Type, cloudEvent.Subject, cloudEvent.Id,
            cloudEvent["pubsubname"], cloudEvent["topic"]);
        return Results.Ok(new { status = "SUCCESS", id = cloudEvent.Id, type = cloudEvent.Type });
    }
}

/// <summary>The log category of received events.</summary>
public sealed class KinoEventLog;
