using System.Collections.Concurrent;
using Kino.Contracts;
using MassTransit;

namespace Kino.VideoDiffusion;

/// <summary>Jobs this process is generating, so that deleting a video stops its sampling at the next step.</summary>
public sealed class RunningJobs
{
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> jobs = new();

    public CancellationTokenSource Start(Guid jobId, CancellationToken stopping)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        jobs[jobId] = source;
        return source;
    }

    public void Finish(Guid jobId, CancellationTokenSource source)
    {
        jobs.TryRemove(KeyValuePair.Create(jobId, source));
        source.Dispose();
    }

    public bool Cancel(Guid jobId)
    {
        if (!jobs.TryGetValue(jobId, out var source)) return false;
        try { source.Cancel(); } catch (ObjectDisposedException) { return false; }
        return true;
    }
}

/// <summary>The owner deleted the video: stop generating it. (Its own name: consumers named alike in two services would share one queue.)</summary>
public sealed class StopCancelledGenerationConsumer(RunningJobs running, ILogger<StopCancelledGenerationConsumer> logger) : IConsumer<VideoCancelled>
{
    public Task Consume(ConsumeContext<VideoCancelled> context)
    {
        if (running.Cancel(context.Message.JobId))
            logger.LogInformation("Job {JobId} was cancelled; its sampling stops at the next step", context.Message.JobId);
        return Task.CompletedTask;
    }
}
