using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Kino.ServiceDefaults.Messaging;

/// <summary>
/// Ends the process when its bus is wedged, so that the supervisor (Kubernetes, or <c>./kino up</c>) starts a fresh one
/// and the broker redelivers its work. RabbitMQ.Client 7.2.2 can hang forever opening a channel while the broker restarts
/// (the receive endpoint then waits for that channel, consumes nothing, still reports healthy, and even blocks a graceful
/// stop); the chaos test caught a video stage in that state with its whole queue waiting. The broker's own consumer
/// count is the ground truth: every queue whose endpoint came up in this process is checked with a passive declare.
/// </summary>
public sealed class ConsumerWatchdog(IOptions<BusOptions> options, IProcessTermination termination, ILogger<ConsumerWatchdog> logger)
    : BackgroundService, IReceiveEndpointObserver
{
    /// <summary>The exit code of a process ended by the watchdog (EX_TEMPFAIL: try again).</summary>
    public const int WedgedExitCode = 75;

    private readonly ConcurrentDictionary<string, bool> _queues = new(StringComparer.Ordinal);
    private IConnection? _connection;

    public Task Ready(ReceiveEndpointReady ready)
    {
        // Temporary queues (the bus's own reply queue) vanish with their connection and are not watched. An input
        // address is always a full rabbitmq:// address, so it is its own host address too.
        var address = new RabbitMqEndpointAddress(ready.InputAddress, ready.InputAddress);
        if (address.Durable && !address.AutoDelete) _queues.TryAdd(address.Name, true);
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;
    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;
    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var presence = new ConsumerPresence(o.WedgedAfter);
        using var timer = new PeriodicTimer(o.WatchdogInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var queue in _queues.Keys)
                    presence.Observe(queue, await ConsumersAsync(queue, stoppingToken), DateTimeOffset.UtcNow);
                if (presence.Wedged(DateTimeOffset.UtcNow) is { Count: > 0 } wedged)
                {
                    EndProcess(wedged);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        finally
        {
            if (_connection is not null) await _connection.DisposeAsync();
        }
    }

    /// <summary>The queue's consumer count, or null when the broker could not be asked.</summary>
    private async Task<uint?> ConsumersAsync(string queue, CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            if (_connection is not { IsOpen: true })
            {
                if (_connection is not null) await _connection.DisposeAsync();
                var o = options.Value;
                _connection = await new ConnectionFactory
                {
                    HostName = o.RabbitMqHost, Port = o.RabbitMqPort, VirtualHost = o.RabbitMqVirtualHost,
                    UserName = o.RabbitMqUsername, Password = o.RabbitMqPassword, ClientProvidedName = "kino-consumer-watchdog",
                    AutomaticRecoveryEnabled = false, RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
                }.CreateConnectionAsync(timeout.Token);
            }
            // A channel per look: a passive declare of a missing queue closes its channel.
            await using var channel = await _connection.CreateChannelAsync(cancellationToken: timeout.Token);
            return (await channel.QueueDeclarePassiveAsync(queue, timeout.Token)).ConsumerCount;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogDebug("Consumer watchdog could not read {Queue}: {Error}", queue, e.Message);
            return null;
        }
    }

    private void EndProcess(IReadOnlyList<(string Queue, TimeSpan Empty)> wedged)
    {
        logger.LogCritical("The bus is wedged: {Queues} had no consumer for {Seconds:F0} s although the broker answers. " +
            "Ending the process (exit code {Code}) so that a fresh one takes the work over; nothing is lost, the broker redelivers it",
            string.Join(", ", wedged.Select(w => w.Queue)), wedged.Max(w => w.Empty.TotalSeconds), WedgedExitCode);
        termination.End(WedgedExitCode, options.Value.WatchdogInterval * 3);
    }
}

/// <summary>How a process ends itself when it cannot go on.</summary>
public interface IProcessTermination
{
    /// <summary>Stops the application with <paramref name="exitCode"/>, and kills it if it has not stopped within <paramref name="grace"/>.</summary>
    void End(int exitCode, TimeSpan grace);
}

public sealed class ProcessTermination(IHostApplicationLifetime lifetime, ILogger<ProcessTermination> logger) : IProcessTermination
{
    public void End(int exitCode, TimeSpan grace)
    {
        Environment.ExitCode = exitCode;
        // A wedged bus can block the graceful stop too: then the process is ended outright.
        _ = Task.Delay(grace, CancellationToken.None).ContinueWith(_ =>
        {
            logger.LogCritical("The graceful stop did not finish within {Grace}; killing the process", grace);
            Process.GetCurrentProcess().Kill();
        }, TaskScheduler.Default);
        lifetime.StopApplication();
    }
}
