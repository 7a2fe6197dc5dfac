using Kino.Feed.Ranking;

namespace Kino.Tests.Feed;

/// <summary>Sessions: a new one may show again what was only scrolled past, never what was watched.</summary>
public sealed class FeedSessionTests
{
    [Fact]
    public void A_new_session_shows_unwatched_videos_again_but_never_watched_ones()
    {
        var engine = new FeedEngine();
        var start = DateTimeOffset.UnixEpoch.AddDays(100);
        for (int i = 0; i < 6; i++) engine.Add(new FeedVideo(Guid.NewGuid(), $"creator{i}", $"A {i} ball bounces", start.AddMinutes(i)));
        var request = new FeedRequest("viewer", 3, RankingMode.Chronological, Teen: false, start.AddHours(1));
        var first = engine.Page(request).Select(r => r.Video.Id).ToList();
        engine.Record(new EngagementSignal("viewer", first[0], EngagementKinds.View, 0.9, start.AddHours(1)));
        Assert.Empty(engine.Page(request).Select(r => r.Video.Id).Intersect(first));   // same session: nothing again

        engine.ResetSession("viewer");
        var fresh = engine.Page(request with { Limit = 6 }).Select(r => r.Video.Id).ToList();
        Assert.DoesNotContain(first[0], fresh);
        Assert.Contains(first[1], fresh);
        Assert.Equal(5, fresh.Count);
    }
}
