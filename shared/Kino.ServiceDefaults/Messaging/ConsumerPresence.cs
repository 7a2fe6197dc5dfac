namespace Kino.ServiceDefaults.Messaging;

/// <summary>
/// Decides from the broker's consumer counts whether this process's bus is wedged: a queue whose receive endpoint
/// came up here has had no consumer at all for <paramref name="wedgedAfter"/> while the broker answered. A count that
/// could not be read (broker away) forgets what was seen, since MassTransit reconnects only once the broker is back.
/// </summary>
public sealed class ConsumerPresence(TimeSpan wedgedAfter)
{
    private readonly Dictionary<string, DateTimeOffset> _emptySince = new(StringComparer.Ordinal);

    /// <summary>Records one look at <paramref name="queue"/>: its consumer count, or null when the broker did not answer.</summary>
    public void Observe(string queue, uint? consumers, DateTimeOffset now)
    {
        if (consumers is null or > 0) _emptySince.Remove(queue);
        else _emptySince.TryAdd(queue, now);
    }

    /// <summary>The queues without a consumer for too long, with how long.</summary>
    public IReadOnlyList<(string Queue, TimeSpan Empty)> Wedged(DateTimeOffset now) =>
        _emptySince.Where(e => now - e.Value >= wedgedAfter).Select(e => (e.Key, now - e.Value)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
}
