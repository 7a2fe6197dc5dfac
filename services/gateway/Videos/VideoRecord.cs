using System.Text.Json.Serialization;
using Kino.Contracts;

namespace Kino.Gateway.Videos;

/// <summary>The gateway's read model of one video: written at intake, updated from the orchestrator's events.</summary>
public sealed record VideoRecord
{
    public required Guid JobId { get; init; }
    public required string OwnerId { get; init; }
    public required string Prompt { get; init; }
    public required string Model { get; init; }
    public required int Seconds { get; init; }
    public required string Size { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public Guid? RemixedFrom { get; init; }
    public BlobRef? InputReference { get; init; }
    public BlobRef? RemixSource { get; init; }
    /// <summary>The generation seed: remixes reuse it so unchanged parts of the prompt keep their look.</summary>
    public ulong Seed { get; init; }
    public IReadOnlyList<StoryboardShot>? Storyboard { get; init; }
    public Guid? ExtendedFrom { get; init; }
    public BlobRef? ExtendSource { get; init; }
    /// <summary>Requested from a teen account (moderation applies the teen rules).</summary>
    public bool Teen { get; init; }
    /// <summary>The creator's public handle (shown in the visible watermark).</summary>
    public string? CreatorHandle { get; init; }
    /// <summary>The owner's plan allowed a copy without the visible watermark when the video was requested.</summary>
    public bool UnmarkedCopy { get; init; }
    /// <summary>Cameos asked for by id (OpenAI's <c>characters</c>); @handles in the prompt are found by moderation.</summary>
    public IReadOnlyList<string>? Characters { get; init; }
    /// <summary>Why the video was taken down (a cameo's consent was revoked), when it was: its content is no longer served.</summary>
    public string? TakenDownBecause { get; init; }
    public string Status { get; init; } = "queued";
    public int Progress { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }
    public IReadOnlyList<StageStatus> Stages { get; init; } = Kino.Contracts.Stages.Pipeline.Select(s => new StageStatus(s, "pending", false, null, null)).ToList();
    public BlobRef? Video { get; init; }
    public BlobRef? Thumbnail { get; init; }
    public BlobRef? Spritesheet { get; init; }
    /// <summary>The copy without the visible watermark (invisible marks and credentials included), when one was made.</summary>
    public BlobRef? UnmarkedVideo { get; init; }

    public bool IsTerminal => Status is "completed" or "failed";

    public static string PublicId(Guid jobId) => "video_" + jobId.ToString("N");

    public static bool TryParseId(string id, out Guid jobId)
    {
        jobId = default;
        return id.StartsWith("video_", StringComparison.Ordinal) && id.Length == 38 && Guid.TryParseExact(id[6..], "N", out jobId);
    }
}

/// <summary>The video object exactly as OpenAI's Videos API returns it, plus Kino's <c>stages</c>.</summary>
public sealed record VideoObject(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("object")] string Object,
    [property: JsonPropertyName("created_at")] long CreatedAt,
    [property: JsonPropertyName("completed_at")] long? CompletedAt,
    [property: JsonPropertyName("expires_at")] long? ExpiresAt,
    [property: JsonPropertyName("error")] VideoError? Error,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("progress")] int Progress,
    [property: JsonPropertyName("prompt")] string Prompt,
    [property: JsonPropertyName("remixed_from_video_id")] string? RemixedFromVideoId,
    [property: JsonPropertyName("seconds")] string Seconds,
    [property: JsonPropertyName("size")] string Size,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("seed")] ulong Seed,
    [property: JsonPropertyName("extended_from_video_id")] string? ExtendedFromVideoId,
    [property: JsonPropertyName("stages")] IReadOnlyList<StageObject> Stages)
{
    public static VideoObject From(VideoRecord r) => new(
        VideoRecord.PublicId(r.JobId), "video", r.CreatedAt.ToUnixTimeSeconds(), r.CompletedAt?.ToUnixTimeSeconds(), r.ExpiresAt?.ToUnixTimeSeconds(),
        r.ErrorCode is null ? null : new VideoError(r.ErrorCode, r.ErrorMessage ?? ""),
        r.Model, r.Progress, r.Prompt, r.RemixedFrom is { } parent ? VideoRecord.PublicId(parent) : null,
        r.Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Size, r.Status,
        r.Seed, r.ExtendedFrom is { } extended ? VideoRecord.PublicId(extended) : null,
        r.Stages.Select(s => new StageObject(s.Name, s.Status, s.Placeholder)).ToList());
}

public sealed record VideoError([property: JsonPropertyName("code")] string Code, [property: JsonPropertyName("message")] string Message);

public sealed record StageObject(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("placeholder")] bool Placeholder);
