using System.ComponentModel.DataAnnotations;
using Kino.Contracts;

namespace Kino.Orchestrator;

public sealed class OrchestratorOptions
{
    public const string Section = "Kino:Orchestrator";

    /// <summary>Attempts per stage (the first plus re-sends after a timeout) before the job fails with stage_timeout.</summary>
    [Range(1, 10)] public int MaxAttempts { get; set; } = 3;

    /// <summary>How often running stages are checked against their deadlines.</summary>
    public TimeSpan SupervisorInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Per-stage time limit, by stage name; stages not named use <see cref="DefaultStageTimeout"/>.</summary>
    public Dictionary<string, TimeSpan> StageTimeouts { get; set; } = new()
    {
        [Stages.Moderation] = TimeSpan.FromSeconds(60),
        [Stages.OutputModeration] = TimeSpan.FromMinutes(2),
        [Stages.Video] = TimeSpan.FromMinutes(10),
    };

    public TimeSpan DefaultStageTimeout { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan TimeoutOf(string stage) => StageTimeouts.TryGetValue(stage, out var t) ? t : DefaultStageTimeout;
}
