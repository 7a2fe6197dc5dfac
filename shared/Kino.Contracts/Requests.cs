namespace Kino.Contracts;

// v1 of the public job lifecycle. Add fields, never change meaning; a new meaning is a new type.

/// <summary>A user asked for a video (published by the gateway).</summary>
public sealed record VideoRequested(
    Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt,
    string OwnerId, string Prompt, string Model, int Seconds, int Width, int Height,
    BlobRef? InputReference, Guid? RemixOfJobId, BlobRef? RemixSource,
    ulong Seed = 0, IReadOnlyList<StoryboardShot>? Storyboard = null, Guid? ExtendsJobId = null, BlobRef? ExtendSource = null,
    bool Teen = false, string? CreatorHandle = null, bool UnmarkedCopy = false, IReadOnlyList<string>? CharacterIds = null) : IJobMessage;

/// <summary>One shot of a storyboard: its prompt and length in seconds.</summary>
public sealed record StoryboardShot(string Prompt, double Seconds);

/// <summary>The owner deleted the video; unfinished work stops and nothing is published.</summary>
public sealed record VideoCancelled(Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt, string OwnerId) : IJobMessage;

/// <summary>The state of one stage as the API shows it.</summary>
public sealed record StageStatus(string Name, string Status, bool Placeholder, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt);

/// <summary>A job moved forward: progress 0–100 and every stage's state.</summary>
public sealed record VideoProgressed(
    Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt,
    string Status, int Progress, IReadOnlyList<StageStatus> Stages) : IJobMessage;

/// <summary>The job finished: the final MP4 and its preview variants.</summary>
public sealed record VideoCompleted(
    Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt,
    BlobRef Video, BlobRef Thumbnail, BlobRef Spritesheet, IReadOnlyList<StageStatus> Stages, BlobRef? UnmarkedVideo = null) : IJobMessage;

/// <summary>The job failed with a stable code and a human-readable message.</summary>
public sealed record VideoFailed(
    Guid JobId, Guid CorrelationId, DateTimeOffset OccurredAt,
    string Code, string Message, IReadOnlyList<StageStatus> Stages) : IJobMessage;

/// <summary>An account was deleted (by an admin, at its owner's request): every service forgets what it holds of the owner.</summary>
public sealed record AccountDeleted(string OwnerId, DateTimeOffset OccurredAt);
