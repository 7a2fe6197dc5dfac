using Kino.Contracts;
using Kino.ServiceDefaults.Hosting;
using Kino.Storage;
using MassTransit;

namespace Kino.Orchestrator.Jobs;

/// <summary>Load → transition → save (optimistic) → send. Messages leave only after the save succeeded.</summary>
public sealed class JobUpdater(JobStore jobs, JobStateMachine machine, TimeProvider clock, ILogger<JobUpdater> logger)
{
    public JobStateMachine Machine => machine;

    /// <returns>The job after the transition, or null when it does not exist.</returns>
    public async Task<Job?> UpdateAsync(Guid jobId, Func<Job, DateTimeOffset, Transition> transition, IPublishEndpoint publisher, CancellationToken ct)
    {
        var stored = await jobs.GetAsync(jobId, ct);
        if (stored is null)
        {
            logger.LogWarning("Message for unknown job {JobId} ignored", jobId);
            return null;
        }
        return await UpdateAsync(stored, transition, publisher, ct);
    }

    /// <summary>The same for a job already read (the supervisor's scan); a concurrent change surfaces as a conflict.</summary>
    public async Task<Job> UpdateAsync(Versioned<Job> stored, Func<Job, DateTimeOffset, Transition> transition, IPublishEndpoint publisher, CancellationToken ct)
    {
        var job = stored.Value;
        var result = transition(job, clock.GetUtcNow());
        if (result.Changed)
        {
            await jobs.SaveAsync(job, stored.Version, ct);
            if (job.Error is { } error)
                logger.LogInformation("Job {JobId} {Status}: {ErrorCode}", job.Id, job.Status, error.Code);
            else if (job.IsTerminal)
                logger.LogInformation("Job {JobId} {Status}", job.Id, job.Status);
        }
        await PublishAsync(result, publisher, ct);
        return job;
    }

    public static async Task PublishAsync(Transition transition, IPublishEndpoint publisher, CancellationToken ct)
    {
        foreach (var message in transition.Messages)
        {
            if (message is VideoFailed failed) KinoTelemetry.JobsFailed.Add(1, new KeyValuePair<string, object?>("code", failed.Code));
            await publisher.Publish(message, message.GetType(), ct);
        }
    }
}
