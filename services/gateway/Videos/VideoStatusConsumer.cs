using Kino.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kino.Gateway.Videos;

/// <summary>Keeps the gateway's read model in step with the orchestrator's events.</summary>
public sealed class VideoStatusConsumer(VideoStore store, IOptionsMonitor<GatewayOptions> options) :
    IConsumer<VideoProgressed>, IConsumer<VideoCompleted>, IConsumer<VideoFailed>, IConsumer<CameoConsentRevoked>
{
    public Task Consume(ConsumeContext<VideoProgressed> context)
    {
        var m = context.Message;
        // Events may arrive out of order: never move back, never touch a finished video — except one that moderation
        // blocked and an admin then allowed: the orchestrator goes on with it, and its progress is newer than the failure.
        return store.UpdateAsync(m.JobId, r => (r.IsTerminal && !Reinstated(r, m)) || m.Progress < r.Progress || (r.Status == "in_progress" && m.Status == "queued")
            ? null
            : Reinstated(r, m)
                ? r with { Status = m.Status, Progress = m.Progress, Stages = m.Stages, ErrorCode = null, ErrorMessage = null, CompletedAt = null }
                : r with { Status = m.Status, Progress = m.Progress, Stages = m.Stages }, context.CancellationToken);
    }

    private static bool Reinstated(VideoRecord r, VideoProgressed m) =>
        r.Status == "failed" && r.ErrorCode is JobErrorCodes.ModerationBlocked or JobErrorCodes.CameoConsentRequired
        && m.Status == "in_progress" && m.OccurredAt > r.CompletedAt;

    public Task Consume(ConsumeContext<VideoCompleted> context)
    {
        var m = context.Message;
        return store.UpdateAsync(m.JobId, r => r.IsTerminal ? null : r with
        {
            Status = "completed", Progress = 100, Stages = m.Stages, Video = m.Video, Thumbnail = m.Thumbnail, Spritesheet = m.Spritesheet, UnmarkedVideo = m.UnmarkedVideo,
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

    /// <summary>A cameo's consent ended: the videos that used it stop being served (their owners still see why).</summary>
    public async Task Consume(ConsumeContext<CameoConsentRevoked> context)
    {
        var because = context.Message.Scope switch
        {
            RevocationScopes.Cameo => "The cameo it shows was deleted by its owner.",
            RevocationScopes.Video => "The owner of the cameo it shows removed this video.",
            _ => "The owner of the cameo it shows withdrew their consent.",
        };
        foreach (var jobId in context.Message.JobIds)
            await store.UpdateAsync(jobId, r => r.TakenDownBecause is not null ? null : r with { TakenDownBecause = because }, context.CancellationToken);
    }
}
