using System.ComponentModel.DataAnnotations;
using Kino.Feed.Ranking;

namespace Kino.Feed;

public sealed class FeedOptions
{
    public const string Section = "Kino:Feed";

    /// <summary>How many feed items a teen account is served per UTC day (then 429 daily_scroll_limit_reached); 0 = no limit.</summary>
    [Range(0, 100_000)] public int TeenDailyScrollLimit { get; set; } = 200;

    /// <summary>The ranking's knobs (diversity limits, freshness, duplicate penalty, report threshold, exploration).</summary>
    public FeedSettings Ranking { get; set; } = new();
}
