using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kino.Tests.Support;
using OpenAI.Videos;

namespace Kino.Tests.EndToEnd;

/// <summary>
/// The feed through the gateway on a running Kino: ranked pages that never repeat within a session, engagement that
/// the ranking counts, follows and the following feed, profiles, the remix chain, reports that hide a video pending
/// review, admin restore, and a teen's daily scroll limit.
/// </summary>
public sealed class FeedFlowTests
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        var shown = response.Content.Headers.ContentType?.MediaType?.Contains("json") == true ? text[..Math.Min(text.Length, 1000)] : response.Content.Headers.ContentType?.ToString();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode} {shown}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static VideoClient Sdk(KinoPlatform platform, HttpClient user) =>
        new(new System.ClientModel.ApiKeyCredential(user.DefaultRequestHeaders.Authorization!.Parameter!), new VideoClientOptions { Endpoint = new Uri(platform.BaseUrl, "/v1") });

    private static async Task<string> CompletedAsync(VideoClient client, Func<Task<JsonElement>> create)
    {
        var id = (await create()).GetProperty("id").GetString()!;
        var video = await VideoFlow.WaitAsync(client, id, TimeSpan.FromMinutes(4));
        Assert.True(video.GetProperty("status").GetString() == "completed", video.ToString());
        return id;
    }

    private static IEnumerable<string> Ids(JsonElement page) => page.GetProperty("data").EnumerateArray().Select(v => v.GetProperty("video_id").GetString()!);

    [Fact]
    public async Task The_feed_ranks_learns_from_engagement_and_takes_reported_videos_down_for_review()
    {
        await using var platform = await KinoPlatform.StartAsync(distributed: false, new Dictionary<string, string>
        {
            ["Kino__Feed__TeenDailyScrollLimit"] = "2",
            ["Kino__Feed__Ranking__ReportThreshold"] = "2",
        });
        var alice = await platform.NewUserAsync(handle: "alice_f");
        var bob = await platform.NewUserAsync(handle: "bob_f");
        var carol = await platform.NewUserAsync();
        var teen = await platform.NewUserAsync(ageBracket: "teen");
        var aliceId = (await JsonAsync(await alice.GetAsync("/v1/me"), HttpStatusCode.OK)).GetProperty("id").GetString()!;

        var aliceVideos = Sdk(platform, alice);
        var original = await CompletedAsync(aliceVideos, () => VideoFlow.CreateAsync(aliceVideos, "A red circle bounces on a beach"));
        var remix = await CompletedAsync(aliceVideos, async () =>
            VideoFlow.Parse(await aliceVideos.CreateVideoRemixAsync(original, System.ClientModel.BinaryContent.Create(BinaryData.FromObjectAsJson(new { prompt = "A blue circle bounces on a beach" })), "application/json")));

        // Bob's feed has both; a page never repeats within a session; a new session starts at the top again.
        var first = await JsonAsync(await bob.GetAsync("/v1/feed?limit=1"), HttpStatusCode.OK);
        var second = await JsonAsync(await bob.GetAsync($"/v1/feed?limit=1&cursor={first.GetProperty("next_cursor").GetString()}"), HttpStatusCode.OK);
        Assert.Equal(new[] { original, remix }.Order(), Ids(first).Concat(Ids(second)).Order());
        Assert.Equal(2, Ids(await JsonAsync(await bob.GetAsync("/v1/feed?limit=10"), HttpStatusCode.OK)).Count());
        Assert.All((await JsonAsync(await bob.GetAsync("/v1/feed?personalised=false"), HttpStatusCode.OK)).GetProperty("data").EnumerateArray(),
            v => Assert.Equal("popular", v.GetProperty("source").GetString()));

        // Engagement: views with watch time and a like reach the ranking; bad events get clear errors.
        await JsonAsync(await bob.PostAsJsonAsync("/v1/feed/events", new { video_id = original, type = "view", watch_seconds = 3.5 }), HttpStatusCode.Accepted);
        await JsonAsync(await bob.PostAsJsonAsync("/v1/feed/events", new { video_id = original, type = "like" }), HttpStatusCode.Accepted);
        var badType = await JsonAsync(await bob.PostAsJsonAsync("/v1/feed/events", new { video_id = original, type = "love" }), HttpStatusCode.BadRequest);
        Assert.Equal("invalid_type", badType.GetProperty("error").GetProperty("code").GetString());
        await JsonAsync(await bob.PostAsJsonAsync("/v1/feed/events", new { video_id = original, type = "view" }), HttpStatusCode.BadRequest);
        await JsonAsync(await bob.PostAsJsonAsync("/v1/feed/events", new { video_id = "video_" + Guid.NewGuid().ToString("N"), type = "like" }), HttpStatusCode.NotFound);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        JsonElement counted;
        do counted = (await JsonAsync(await carol.GetAsync($"/v1/users/{aliceId}/videos"), HttpStatusCode.OK)).GetProperty("data").EnumerateArray().Single(v => v.GetProperty("video_id").GetString() == original);
        while ((counted.GetProperty("views").GetInt32() < 1 || counted.GetProperty("likes").GetInt32() < 1) && DateTime.UtcNow < deadline && await Task.Delay(100).ContinueWith(_ => true));
        Assert.Equal(1, counted.GetProperty("likes").GetInt32());

        // Follows: Carol's following feed is Alice's videos, newest first; Alice's profile counts her.
        Assert.Empty((await JsonAsync(await carol.GetAsync("/v1/feed/following"), HttpStatusCode.OK)).GetProperty("data").EnumerateArray());
        await JsonAsync(await carol.PostAsync($"/v1/users/{aliceId}/follow", null), HttpStatusCode.OK);
        Assert.Equal([remix, original], Ids(await JsonAsync(await carol.GetAsync("/v1/feed/following"), HttpStatusCode.OK)));
        Assert.Equal(1, (await JsonAsync(await carol.GetAsync($"/v1/users/{aliceId}/videos"), HttpStatusCode.OK)).GetProperty("followers").GetInt32());

        // The remix chain, from either end.
        var chain = await JsonAsync(await carol.GetAsync($"/v1/videos/{remix}/remixes"), HttpStatusCode.OK);
        Assert.Equal([original], chain.GetProperty("ancestors").EnumerateArray().Select(v => v.GetProperty("video_id").GetString()));
        Assert.Equal([remix], (await JsonAsync(await carol.GetAsync($"/v1/videos/{original}/remixes"), HttpStatusCode.OK)).GetProperty("remixes").EnumerateArray().Select(v => v.GetProperty("video_id").GetString()));

        // Reports: one person reporting twice counts once; the second reporter hides it pending review; an admin restores it.
        await JsonAsync(await bob.PostAsJsonAsync("/v1/feed/events", new { video_id = remix, type = "report", reason = "spam" }), HttpStatusCode.Accepted);
        await JsonAsync(await bob.PostAsJsonAsync("/v1/feed/events", new { video_id = remix, type = "report", reason = "spam" }), HttpStatusCode.Accepted);
        await Task.Delay(300);
        Assert.Contains(remix, Ids(await JsonAsync(await carol.GetAsync("/v1/feed"), HttpStatusCode.OK)));
        await JsonAsync(await carol.PostAsJsonAsync("/v1/feed/events", new { video_id = remix, type = "report", reason = "misleading" }), HttpStatusCode.Accepted);
        deadline = DateTime.UtcNow.AddSeconds(10);
        while (Ids(await JsonAsync(await carol.GetAsync("/v1/feed"), HttpStatusCode.OK)).Contains(remix))
        {
            Assert.True(DateTime.UtcNow < deadline, "the reported video is still in the feed");
            await Task.Delay(100);
        }
        // The ranking hides it at once; the review queue (the durable store) follows a moment later.
        JsonElement? reported = null;
        for (deadline = DateTime.UtcNow.AddSeconds(5); reported is null && DateTime.UtcNow < deadline; await Task.Delay(50))
            reported = (await JsonAsync(await platform.Http.GetAsync("/v1/admin/feed/reports"), HttpStatusCode.OK)).GetProperty("data").EnumerateArray()
                .Where(v => v.GetProperty("video_id").GetString() == remix).Cast<JsonElement?>().FirstOrDefault();
        Assert.NotNull(reported);
        Assert.Equal("reported", reported.Value.GetProperty("hidden_because").GetString());
        Assert.Equal(2, reported.Value.GetProperty("reports").GetArrayLength());
        await JsonAsync(await bob.PostAsync($"/v1/admin/feed/videos/{remix}/restore", null), HttpStatusCode.Forbidden);
        await JsonAsync(await platform.Http.PostAsync($"/v1/admin/feed/videos/{remix}/restore", null), HttpStatusCode.OK);
        Assert.Contains(remix, Ids(await JsonAsync(await carol.GetAsync("/v1/feed"), HttpStatusCode.OK)));
        await JsonAsync(await platform.Http.PostAsync($"/v1/admin/feed/videos/{original}/takedown", null), HttpStatusCode.OK);
        Assert.DoesNotContain(original, Ids(await JsonAsync(await carol.GetAsync("/v1/feed"), HttpStatusCode.OK)));

        // A teen's daily scroll limit (2 here): then 429 in plain words.
        Assert.Single(Ids(await JsonAsync(await teen.GetAsync("/v1/feed?limit=1"), HttpStatusCode.OK)));
        Assert.Single(Ids(await JsonAsync(await teen.GetAsync("/v1/feed?limit=5"), HttpStatusCode.OK)));
        var limited = await JsonAsync(await teen.GetAsync("/v1/feed"), HttpStatusCode.TooManyRequests);
        Assert.Equal("daily_scroll_limit_reached", limited.GetProperty("error").GetProperty("code").GetString());
    }
}
