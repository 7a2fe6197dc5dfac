using Kino.Contracts;

namespace Kino.Orchestrator.Jobs;

public static class JobStatus
{
    public const string Queued = "queued";
    public const string InProgress = "in_progress";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static bool IsTerminal(string status) => status is Completed or Failed or Cancelled;
}

public static class StageStatusNames
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}

/// <summary>One stage of one job.</summary>
public sealed class StageState
{
    public required string Name { get; init; }
    public string Status { get; set; } = StageStatusNames.Pending;
    public bool Placeholder { get; set; }
    public int Attempts { get; set; }
    public double ComputeMs { get; set; }
    /// <summary>How far the running attempt is, 0–1, as the stage reports it.</summary>
    public double Fraction { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public StageStatus ToContract() => new(Name, Status, Placeholder, StartedAt, FinishedAt);
}

public sealed record JobError(string Code, string Message);

/// <summary>The orchestrator's aggregate: one document per job, saved with optimistic concurrency.</summary>
public sealed class Job
{
    public required Guid Id { get; init; }
    public required Guid CorrelationId { get; init; }
    public required string OwnerId { get; init; }
    public required string Prompt { get; init; }
    public required string Model { get; init; }
    public required int Seconds { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    public BlobRef? InputReference { get; init; }
    public Guid? RemixOfJobId { get; init; }
    public BlobRef? RemixSource { get; init; }
    public ulong Seed { get; init; }
    public IReadOnlyList<StoryboardShot>? Storyboard { get; init; }
    public Guid? ExtendsJobId { get; init; }
    public BlobRef? ExtendSource { get; init; }
    /// <summary>The requester has a teen account: moderation applies the teen rules.</summary>
    public bool Teen { get; init; }
    /// <summary>The video stage's scene description: its shots and their times.</summary>
    public List<ShotDescription> Shots { get; set; } = [];
    /// <summary>The creator's public handle, shown in the visible watermark.</summary>
    public string? CreatorHandle { get; init; }
    /// <summary>The owner's plan allows downloading the video without the visible watermark: the stage makes that copy too.</summary>
    public bool UnmarkedCopy { get; init; }
    /// <summary>Cameos the request named by id; @handles in the prompt are found by moderation.</summary>
    public IReadOnlyList<string>? CharacterIds { get; init; }
    /// <summary>The cameos moderation found consent for: the stages draw their faces and speak with their voices.</summary>
    public List<CameoRef> Cameos { get; set; } = [];
    public required DateTimeOffset CreatedAt { get; init; }

    public string Status { get; set; } = JobStatus.Queued;
    public List<StageState> Stages { get; set; } = [];
    /// <summary>Index of the running stage in <see cref="Stages"/>.</summary>
    public int Current { get; set; }
    /// <summary>Attempt number of the running stage; results of other attempts are stale.</summary>
    public int Attempt { get; set; }
    public DateTimeOffset? StageDeadline { get; set; }
    /// <summary>Each finished stage's output, by stage name (claim checks only).</summary>
    public Dictionary<string, BlobRef> Outputs { get; set; } = [];
    public List<PhonemeTiming> Phonemes { get; set; } = [];
    /// <summary>What the sound track says, for output moderation.</summary>
    public string? Transcript { get; set; }
    /// <summary>Moderation allowed the video for adults only.</summary>
    public bool AgeGated { get; set; }
    public BlobRef? Thumbnail { get; set; }
    public BlobRef? Spritesheet { get; set; }
    public JobError? Error { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public StageState CurrentStage => Stages[Current];
    public bool IsTerminal => JobStatus.IsTerminal(Status);

    /// <summary>Share of a job's work each stage usually takes: generation dominates, so progress moves with its steps.</summary>
    public static double WeightOf(string stage) => stage switch
    {
        Kino.Contracts.Stages.Video => 70,
        Kino.Contracts.Stages.Moderation => 2,
        _ => 28.0 / (Kino.Contracts.Stages.Pipeline.Count - 2),
    };

    /// <summary>0–100: finished stages by weight plus the reported fraction of the running one.</summary>
    public int Progress
    {
        get
        {
            if (Status == JobStatus.Completed) return 100;
            double total = Stages.Sum(s => WeightOf(s.Name)), done = 0;
            foreach (var s in Stages)
            {
                if (s.Status == StageStatusNames.Completed) done += WeightOf(s.Name);
                else if (s.Status == StageStatusNames.Running) done += WeightOf(s.Name) * Math.Clamp(s.Fraction, 0, 1);
            }
            return Math.Min(99, (int)(done * 100 / Math.Max(1, total)));
        }
    }
}
