using Kino.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kino.Gateway.Videos;

/// <summary>Keeps the gateway's read model in step with the orchestrator's events.</summary>
public sealed class VideoStatusConsumer(VideoStore store, IOptionsMonitor<GatewayOptions> options) :
    IConsumer<VideoProgressed>, IConsumer<VideoCompleted>, IConsumer<VideoFailed>
{
    public Task Consume(ConsumeContext<VideoProgressed> context)
    {
        var m = context.Message;
        // Events may arrive out of order: never move back, never touch a finished video.
        return store.UpdateAsync(m.JobId, r => r.IsTerminal || m.Progress < r.Progress || (r.Status == "in_progress" && m.Status == "queued")
            ? null
            : r with { Status = m.Status, Progress = m.Progress, Stages = m.Stages }, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<VideoCompleted> context)
    {
        var m = context.Message;
        return store.UpdateAsync(m.JobId, r => r.IsTerminal ? null : r with
        {
            Status = "completed", Progress = 100, Stages = m.Stages, Video = m.Video, Thumbnail = m.Thumbnail, Spritesheet = m.Spritesheet,
            CompletedAt = m.OccurredAt, ExpiresAt = m.OccurredAt.AddDays(options.CurrentValue.RetentionDays),
        }, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<VideoFailed> context)
    {
        var m = context.Message;
        return store.UpdateAsync(m.JobId, r => r.IsTerminal ? null : r with
        {
            Status = "failed", Stages = m.Stages, ErrorCode = m.Code, ErrorMessage = m.Message, CompletedAt = m.OccurredAt,
        }, context.CancellationToken);
    }
}
