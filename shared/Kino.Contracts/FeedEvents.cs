namespace Kino.Contracts;

// v1 of the feed's public events: engagement as it happens, and videos leaving or returning to the feed.

/// <summary>The kinds of <see cref="EngagementRecorded"/> (follows have their own events).</summary>
public static class EngagementTypes
{
    public const string View = "view", Like = "like", Share = "share", Remix = "remix", Report = "report", NotInterested = "not_interested";
    public static readonly string[] All = [View, Like, Share, Remix, Report, NotInterested];
}

/// <summary>
/// Someone engaged with a video (a public event): viewed it (<see cref="WatchSeconds"/> of <see cref="VideoSeconds"/>),
/// liked, shared, remixed or reported it (<see cref="Reason"/>), or said they are not interested. The feed learns from it.
/// </summary>
public sealed record EngagementRecorded(Guid EventId, string UserId, Guid VideoId, string Type, double WatchSeconds, double VideoSeconds,
    string? Reason, DateTimeOffset OccurredAt);

/// <summary>Why a video left the feed, in <see cref="FeedItemRemoved.Reason"/>.</summary>
public static class FeedRemovalReasons
{
    public const string Reported = "reported", AdminTakedown = "admin_takedown", CameoConsentRevoked = "cameo_consent_revoked", Deleted = "deleted";
}

/// <summary>A video left the feed (a public event): hidden after reports pending review, taken down by an admin, its cameo's consent revoked, or deleted.</summary>
public sealed record FeedItemRemoved(Guid VideoId, string Reason, DateTimeOffset OccurredAt);

/// <summary>An admin restored a video after review: it is back in the feed.</summary>
public sealed record FeedItemRestored(Guid VideoId, string RestoredBy, DateTimeOffset OccurredAt);
