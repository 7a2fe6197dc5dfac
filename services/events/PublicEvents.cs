using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Kino.Contracts;

namespace Kino.Events;

/// <summary>
/// A public contract event as third parties see it: its CloudEvents type and source, the video it is about (if any)
/// and whose it is. <see cref="Owners"/> are the users it concerns besides the video's owner (a follow concerns both users).
/// </summary>
public sealed record PublicEventInfo(string Type, string Service, Guid? VideoId, IReadOnlyList<string> Owners);

/// <summary>
/// Turns Kino's public events into CloudEvents 1.0 (structured JSON). The id is a hash of the type and the data, so a
/// redelivered message, or one published again after a crash, keeps its id and consumers can drop duplicates.
/// </summary>
public static class PublicEvents
{
    public const string TypePrefix = "dev.kino.";
    public const string Exchange = "kino.public";

    /// <summary>Every public event type, as routing keys and webhook event types name them.</summary>
    public static readonly IReadOnlyDictionary<Type, (string Type, string Service)> Types = new Dictionary<Type, (string, string)>
    {
        [typeof(VideoRequested)] = ("dev.kino.video.requested.v1", "gateway"),
        [typeof(VideoProgressed)] = ("dev.kino.video.progressed.v1", "orchestrator"),
        [typeof(VideoCompleted)] = ("dev.kino.video.completed.v1", "orchestrator"),
        [typeof(VideoFailed)] = ("dev.kino.video.failed.v1", "orchestrator"),
        [typeof(VideoPublished)] = ("dev.kino.video.published.v1", "feed"),
        [typeof(ModerationDecided)] = ("dev.kino.moderation.decided.v1", "moderation"),
        [typeof(CameoConsentGranted)] = ("dev.kino.cameo.consent_granted.v1", "cameo"),
        [typeof(CameoConsentRevoked)] = ("dev.kino.cameo.consent_revoked.v1", "cameo"),
        [typeof(EngagementRecorded)] = ("dev.kino.engagement.recorded.v1", "feed"),
        [typeof(UserFollowed)] = ("dev.kino.user.followed.v1", "feed"),
        [typeof(UserUnfollowed)] = ("dev.kino.user.unfollowed.v1", "feed"),
        [typeof(FeedItemRemoved)] = ("dev.kino.feed.item_removed.v1", "feed"),
        [typeof(FeedItemRestored)] = ("dev.kino.feed.item_restored.v1", "feed"),
    };

    /// <summary>The data's JSON: the contract record in snake_case, dates as ISO 8601, nulls kept (fields are stable).</summary>
    public static readonly JsonSerializerOptions DataJson = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static readonly JsonEventFormatter Formatter = new();

    public static PublicEventInfo Describe(object message)
    {
        var (type, service) = Types[message.GetType()];
        return message switch
        {
            VideoRequested m => new(type, service, m.JobId, [m.OwnerId]),
            ModerationDecided m => new(type, service, m.JobId, [m.OwnerId]),
            IJobMessage m => new(type, service, m.JobId, []),
            CameoConsentGranted m => new(type, service, null, [m.OwnerId, m.GranteeId]),
            CameoConsentRevoked m => new(type, service, null, m.UserId is null ? [m.OwnerId] : [m.OwnerId, m.UserId]),
            EngagementRecorded m => new(type, service, m.VideoId, []),
            UserFollowed m => new(type, service, null, [m.FollowerId, m.FolloweeId]),
            UserUnfollowed m => new(type, service, null, [m.FollowerId, m.FolloweeId]),
            FeedItemRemoved m => new(type, service, m.VideoId, []),
            FeedItemRestored m => new(type, service, m.VideoId, []),
            _ => throw new ArgumentException($"{message.GetType().Name} is not a public event", nameof(message)),
        };
    }

    public static CloudEvent ToCloudEvent(object message)
    {
        var info = Describe(message);
        // Every public contract carries OccurredAt.
        var occurredAt = (DateTimeOffset)message.GetType().GetProperty(nameof(IJobMessage.OccurredAt))!.GetValue(message)!;
        var data = JsonSerializer.SerializeToElement(message, message.GetType(), DataJson);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(info.Type + "\n" + data.GetRawText()));
        return new CloudEvent(CloudEventsSpecVersion.V1_0)
        {
            Id = "evt_" + Convert.ToHexStringLower(hash, 0, 16),
            Type = info.Type,
            Source = new Uri("/kino/" + info.Service, UriKind.Relative),
            Time = occurredAt,
            DataContentType = "application/json",
            // The public API's video id, as GET /v1/videos/{id} takes it.
            Subject = info.VideoId is { } video ? "video_" + video.ToString("N") : null,
            Data = data,
        };
    }

    /// <summary>The structured-mode JSON (content type application/cloudevents+json) that the exchange and webhooks carry.</summary>
    public static byte[] Encode(CloudEvent cloudEvent) => Formatter.EncodeStructuredModeMessage(cloudEvent, out _).ToArray();

    /// <summary>Whether a subscription's pattern takes an event type: an exact type, <c>*</c>, or a prefix ending in <c>.*</c>.</summary>
    public static bool Matches(string pattern, string type) =>
        pattern == "*" || pattern == type || (pattern.EndsWith(".*", StringComparison.Ordinal) && type.StartsWith(pattern[..^1], StringComparison.Ordinal));

    /// <summary>Whether a subscription pattern could ever match a public event type.</summary>
    public static bool IsValidPattern(string pattern) => Types.Values.Any(t => Matches(pattern, t.Type));
}
