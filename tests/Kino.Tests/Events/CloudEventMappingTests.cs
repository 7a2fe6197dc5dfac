using System.Net.Mime;
using System.Text.Json;
using Kino.Contracts;
using Kino.Events;

namespace Kino.Tests.Events;

public sealed class CloudEventMappingTests
{
    private static readonly Guid Job = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-01-02T03:04:05Z");

    private static VideoCompleted Completed() => new(Job, Job, At, new BlobRef($"jobs/{Job}/final.mp4", "video/mp4", 1234),
        new BlobRef("t.jpg", "image/jpeg", 10), new BlobRef("s.jpg", "image/jpeg", 20), [new StageStatus("video", "completed", false, At, At)]);

    [Fact]
    public void A_completed_video_becomes_a_CloudEvent_with_its_type_source_subject_and_snake_case_data()
    {
        var e = PublicEvents.ToCloudEvent(Completed());
        Assert.Equal(CloudNative.CloudEvents.CloudEventsSpecVersion.V1_0, e.SpecVersion);
        Assert.Equal("dev.kino.video.completed.v1", e.Type);
        Assert.Equal("/kino/orchestrator", e.Source!.ToString());
        Assert.Equal("video_" + Job.ToString("N"), e.Subject);
        Assert.Equal(At, e.Time);
        Assert.Equal("application/json", e.DataContentType);
        Assert.Matches("^evt_[0-9a-f]{32}$", e.Id);

        // The wire form: structured JSON that the SDK reads back, data in snake_case.
        var bytes = PublicEvents.Encode(e);
        var parsed = PublicEvents.Formatter.DecodeStructuredModeMessage(bytes, new ContentType("application/cloudevents+json"), null);
        Assert.Equal(e.Id, parsed.Id);
        var data = (JsonElement)parsed.Data!;
        Assert.Equal(Job, data.GetProperty("job_id").GetGuid());
        Assert.Equal("video/mp4", data.GetProperty("video").GetProperty("content_type").GetString());
        Assert.Equal("completed", data.GetProperty("stages")[0].GetProperty("status").GetString());
        Assert.Equal("1.0", JsonDocument.Parse(bytes).RootElement.GetProperty("specversion").GetString());
    }

    [Fact]
    public void The_id_is_the_same_for_a_redelivered_event_and_different_for_another_event()
    {
        Assert.Equal(PublicEvents.ToCloudEvent(Completed()).Id, PublicEvents.ToCloudEvent(Completed()).Id);
        Assert.NotEqual(PublicEvents.ToCloudEvent(Completed()).Id, PublicEvents.ToCloudEvent(Completed() with { OccurredAt = At.AddSeconds(1) }).Id);
        var progressed = new VideoProgressed(Job, Job, At, "in_progress", 40, []);
        Assert.NotEqual(PublicEvents.ToCloudEvent(progressed).Id, PublicEvents.ToCloudEvent(progressed with { Progress = 41 }).Id);
    }

    [Fact]
    public void Every_public_event_names_whom_it_concerns()
    {
        var requested = PublicEvents.Describe(new VideoRequested(Job, Job, At, "owner_a", "a red ball", "kino-1", 4, 720, 1280, null, null, null));
        Assert.Equal(["owner_a"], requested.Owners);
        Assert.Equal("/kino/gateway", PublicEvents.ToCloudEvent(new VideoRequested(Job, Job, At, "owner_a", "p", "kino-1", 4, 720, 1280, null, null, null)).Source!.ToString());
        // Later video events name only the video: the service looks its owner up.
        Assert.Empty(PublicEvents.Describe(Completed()).Owners);
        Assert.Equal(["a", "b"], PublicEvents.Describe(new UserFollowed("a", "b", At)).Owners);
        var follow = PublicEvents.ToCloudEvent(new UserFollowed("a", "b", At));
        Assert.Null(follow.Subject);
        Assert.Equal("dev.kino.user.followed.v1", follow.Type);
        Assert.Equal(PublicEvents.Types.Count, PublicEvents.Types.Values.Select(t => t.Type).Distinct().Count());
    }

    [Theory]
    [InlineData("*", "dev.kino.video.completed.v1", true), InlineData("dev.kino.video.*", "dev.kino.video.completed.v1", true),
     InlineData("dev.kino.video.completed.v1", "dev.kino.video.completed.v1", true), InlineData("dev.kino.video.*", "dev.kino.videos.x", false),
     InlineData("dev.kino.cameo.*", "dev.kino.video.completed.v1", false)]
    public void Subscriptions_match_exact_types_prefixes_and_everything(string pattern, string type, bool matches) =>
        Assert.Equal(matches, PublicEvents.Matches(pattern, type));
}
