namespace Kino.Contracts;

// Stage commands (orchestrator → stage) and their results (stage → orchestrator).
// Every result names its stage and attempt so the orchestrator can ignore stale or duplicate results,
// says whether the stage ran a placeholder algorithm, and reports its own compute time.

/// <summary>The common shape of a stage result.</summary>
public interface IStageResult : IJobMessage
{
    int Attempt { get; }
    bool Placeholder { get; }
    double ComputeMs { get; }
}

/// <summary>A command to a stage; the attempt number makes retries distinguishable.</summary>
public interface IStageCommand : IJobMessage
{
    int Attempt { get; }
}

/// <summary>
/// Checks the prompt (and a storyboard's shots) before anything is generated. Teen accounts get stricter rules.
/// Cameos named by @handle in the prompt or by <see cref="CharacterIds"/> need their owners' consent.
/// </summary>
public sealed record ModeratePrompt(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    string OwnerId, string Prompt, bool Teen = false, IReadOnlyList<string>? CharacterIds = null) : IStageCommand;

/// <summary>
/// A moderation stage's decision. A refused job fails with <see cref="ErrorCode"/> (moderation_blocked or
/// cameo_consent_required) and <see cref="Reason"/>; <see cref="AgeGated"/> marks an allowed video as adults-only.
/// </summary>
public interface IModerationResult : IStageResult
{
    bool Allowed { get; }
    string? Category { get; }
    string? Reason { get; }
    string? ErrorCode { get; }
    bool AgeGated { get; }
}

/// <summary>The prompt's decision; <see cref="Cameos"/> are the cameos it may use (consent checked), for the later stages.</summary>
public sealed record PromptModerated(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    bool Placeholder, double ComputeMs, bool Allowed, string? Category, string? Reason,
    string? ErrorCode = null, bool AgeGated = false, IReadOnlyList<CameoRef>? Cameos = null) : IModerationResult;

/// <summary>Checks what was generated: the frames of the lip-synced video and the transcript the audio stage spoke.</summary>
public sealed record ModerateOutput(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    string OwnerId, BlobRef Video, string? Transcript, bool Teen = false) : IStageCommand;

/// <summary>The decision on what was generated.</summary>
public sealed record OutputModerated(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    bool Placeholder, double ComputeMs, bool Allowed, string? Category, string? Reason,
    string? ErrorCode = null, bool AgeGated = false) : IModerationResult;

public sealed record GenerateVideo(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    string Prompt, int Seconds, int Width, int Height, int Fps, BlobRef? InputReference, BlobRef? RemixSource,
    ulong Seed = 0, IReadOnlyList<StoryboardShot>? Storyboard = null, BlobRef? ExtendSource = null) : IStageCommand;

/// <summary>A long-running stage's progress within one attempt, 0–1 (the video stage reports it per sampling step).</summary>
public sealed record StageProgressed(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, string Stage, int Attempt, double Fraction) : IJobMessage;

/// <summary>The picture, and the shots it shows (its scene description: what each shot's prompt is, and when).</summary>
public sealed record VideoFramesGenerated(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    bool Placeholder, double ComputeMs, BlobRef Frames, IReadOnlyList<ShotDescription>? Shots = null) : IStageResult;

/// <summary>One shot of a generated video: its prompt, where it starts and how long it lasts.</summary>
public sealed record ShotDescription(string Prompt, double StartSeconds, double Seconds);

/// <summary>
/// Makes the sound track; <see cref="Seed"/> keeps a remix's music and ambience, <see cref="Frames"/> is the picture
/// (for effect timing) and <see cref="Shots"/> the video stage's scene description (ambience follows the cuts).
/// </summary>
public sealed record SynthesizeAudio(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    string Prompt, int Seconds, ulong Seed = 0, BlobRef? Frames = null, IReadOnlyList<ShotDescription>? Shots = null,
    IReadOnlyList<CameoRef>? Cameos = null) : IStageCommand;

/// <summary>One phoneme and when it is spoken; lip-sync drives mouths from these.</summary>
public sealed record PhonemeTiming(string Phoneme, double StartSeconds, double EndSeconds);

/// <summary>The sound track; <see cref="Transcript"/> is every word it speaks (output moderation checks it).</summary>
public sealed record AudioSynthesized(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    bool Placeholder, double ComputeMs, BlobRef Audio, IReadOnlyList<PhonemeTiming> Phonemes, string? Transcript = null) : IStageResult;

public sealed record LipSync(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    BlobRef Frames, BlobRef Audio, IReadOnlyList<PhonemeTiming> Phonemes, IReadOnlyList<CameoRef>? Cameos = null) : IStageCommand;

/// <summary>Lip-synced picture muxed with the sound: the first complete MP4 of a job.</summary>
public sealed record LipSynced(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    bool Placeholder, double ComputeMs, BlobRef Video) : IStageResult;

/// <summary>
/// Marks the video: invisible marks always, the visible mark (with the creator's handle, when known) by configuration.
/// <see cref="UnmarkedCopy"/>: also make a copy without the visible mark (the owner's plan allows downloading one).
/// </summary>
public sealed record ApplyWatermark(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    BlobRef Video, string OwnerId = "", string? CreatorHandle = null, bool UnmarkedCopy = false) : IStageCommand;

/// <summary>The marked video, the copy without the visible mark when asked for, and the 64-bit key (hex) both carry.</summary>
public sealed record Watermarked(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    bool Placeholder, double ComputeMs, BlobRef Video, string? WatermarkKey = null, BlobRef? UnmarkedVideo = null) : IStageResult;

/// <summary>Signs Content Credentials into the video; a remix's or extension's parent video becomes its ingredient.</summary>
public sealed record SignProvenance(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    BlobRef Video, string Model, Guid? ParentJobId, BlobRef? ParentVideo = null, bool IsExtension = false, BlobRef? UnmarkedVideo = null,
    IReadOnlyList<CameoRef>? Cameos = null) : IStageCommand;

public sealed record ProvenanceSigned(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    bool Placeholder, double ComputeMs, BlobRef Video, BlobRef? UnmarkedVideo = null) : IStageResult;

/// <summary>
/// Makes a finished video public: previews are rendered and the feed indexes it. <see cref="AgeGated"/> keeps it from
/// teens; <see cref="RemixOf"/> places it in its remix chain.
/// </summary>
public sealed record PublishVideo(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    string OwnerId, string Prompt, BlobRef Video, IReadOnlyList<CameoRef>? Cameos = null, bool AgeGated = false, Guid? RemixOf = null,
    double Seconds = 0) : IStageCommand;

/// <summary>A video is public: its MP4 and previews. A public event third parties may consume.</summary>
public sealed record VideoPublished(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    bool Placeholder, double ComputeMs, BlobRef Video, BlobRef Thumbnail, BlobRef Spritesheet) : IStageResult;

/// <summary>A stage gave up on a command (bad input, or retries exhausted): the job fails with this code.</summary>
public sealed record StageFailed(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, int Attempt,
    string Stage, string Code, string Message) : IJobMessage;
