using System.ComponentModel.DataAnnotations;

namespace Kino.ServiceDefaults.Messaging;

public enum BusTransport { InMemory, RabbitMq }

/// <summary>Which transport carries the messages. The embedded default is in-memory.</summary>
public sealed class BusOptions
{
    public const string Section = "Kino:Bus";

    public BusTransport Transport { get; set; } = BusTransport.InMemory;

    [Required] public string RabbitMqHost { get; set; } = "localhost";
    [Range(1, 65535)] public int RabbitMqPort { get; set; } = 5672;
    [Required] public string RabbitMqVirtualHost { get; set; } = "/";
    [Required] public string RabbitMqUsername { get; set; } = "guest";
    [Required] public string RabbitMqPassword { get; set; } = "guest";

    /// <summary>How often the consumer watchdog asks the broker whether this process's queues have their consumers.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")] public TimeSpan WatchdogInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a queue of this process may have no consumer, with the broker up, before the process is ended as wedged.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")] public TimeSpan WedgedAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Immediate redeliveries of a failing message before it goes to the error queue (with exponential backoff).</summary>
    [Range(0, 20)] public int RetryLimit { get; set; } = 4;
}
