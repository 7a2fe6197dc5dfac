using System.Text.Json;
using Kino.Samples.RabbitMqConsumer;
using RabbitMQ.Client;

// Usage: dotnet run -- [binding key, default dev.kino.video.#] [queue, default kino-sample-consumer]
// Connection: KINO_RABBITMQ_URI (default amqp://guest:guest@localhost:5672/), the broker Kino's --distributed mode uses.
var bindingKey = args.Length > 0 ? args[0] : "dev.kino.video.#";
var queue = args.Length > 1 ? args[1] : "kino-sample-consumer";
var factory = new ConnectionFactory { Uri = new Uri(Environment.GetEnvironmentVariable("KINO_RABBITMQ_URI") ?? "amqp://guest:guest@localhost:5672/") };

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
await using var consumer = await KinoEventConsumer.StartAsync(factory, queue, bindingKey, e =>
{
    Console.WriteLine($"{e.Time:O} {e.Type} {e.Subject ?? "-"} id={e.Id} source={e.Source}");
    Console.WriteLine("  " + JsonSerializer.Serialize(e.Data));
    return Task.CompletedTask;
}, stop.Token);
Console.WriteLine($"Waiting for {bindingKey} on {KinoEventConsumer.Exchange} (queue {queue}); Ctrl+C to stop.");
try { await Task.Delay(Timeout.Infinite, stop.Token); } catch (OperationCanceledException) { }
