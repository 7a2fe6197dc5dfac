using System.ComponentModel.DataAnnotations;

namespace Kino.Events;

public sealed class EventsOptions
{
    public const string Section = "Kino:Events";

    /// <summary>The owner id whose endpoints receive every event (the gateway's admin key).</summary>
    [Required] public string AdminOwnerId { get; set; } = "owner_admin";

    /// <summary>
    /// Lets webhook URLs point at loopback, private, link-local and other internal addresses. Off by default, so a user
    /// cannot make Kino call into the network it runs in; the tests turn it on for a receiver on 127.0.0.1.
    /// </summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>Endpoints one owner may have.</summary>
    [Range(1, 1000)] public int MaxEndpointsPerOwner { get; set; } = 20;

    /// <summary>
    /// When a failed delivery is tried again, after the first attempt: 5 s, 30 s, 2 min, 10 min, 1 h, 6 h, 12 h, 24 h.
    /// After the last it is marked failed.
    /// </summary>
    public List<TimeSpan> RetrySchedule { get; set; } = [];

    public static readonly TimeSpan[] DefaultRetrySchedule =
        [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1),
         TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromHours(24)];

    public IReadOnlyList<TimeSpan> Schedule => RetrySchedule.Count > 0 ? RetrySchedule : DefaultRetrySchedule;

    /// <summary>Quick retries within one attempt (exponential backoff with jitter), for a blip rather than an outage.</summary>
    [Range(0, 5)] public int QuickRetries { get; set; } = 2;
    public TimeSpan QuickRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long one request may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the dispatcher looks for deliveries that are due (new ones are also sent at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
