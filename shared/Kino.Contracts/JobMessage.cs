namespace Kino.Contracts;

/// <summary>What every message in the pipeline carries (brief: JobId, a correlation id, OccurredAt).</summary>
public interface IJobMessage
{
    Guid JobId { get; }
    Guid CorrelationId { get; }
    DateTimeOffset OccurredAt { get; }
}

/// <summary>A claim-check reference to media in the blob store; media never travels inside a message.</summary>
public sealed record BlobRef(string Key, string ContentType, long Length);

/// <summary>The pipeline's stages, in order. The names are part of the public API (`stages` on a video).</summary>
public static class Stages
{
    public const string Moderation = "moderation";
    public const string Video = "video";
    public const string Audio = "audio";
    public const string LipSync = "lip_sync";
    public const string OutputModeration = "output_moderation";
    public const string Watermark = "watermark";
    public const string Provenance = "provenance";
    public const string Publish = "publish";

    public static readonly IReadOnlyList<string> Pipeline =
        [Moderation, Video, Audio, LipSync, OutputModeration, Watermark, Provenance, Publish];
}

/// <summary>Stable error codes a failed job reports through the API.</summary>
public static class JobErrorCodes
{
    public const string ModerationBlocked = "moderation_blocked";
    /// <summary>The prompt names a person (an @mention) whose consent the requester does not have.</summary>
    public const string CameoConsentRequired = "cameo_consent_required";
    public const string StageFailed = "stage_failed";
    public const string StageTimeout = "stage_timeout";
    public const string Cancelled = "cancelled";
    public const string InputInvalid = "input_invalid";
}
