using Kino.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kino.Orchestrator.Jobs;

/// <summary>
/// Recovery and deadlines. On the in-memory bus, which loses its messages on a crash, every unfinished job's running stage
/// is sent again at start (the job store keeps the jobs). RabbitMQ keeps them: the commands in flight are still queued or
/// are delivered again, so re-sending them all would only make every stage do its backlog twice. Then, periodically,
/// stages past their deadline are re-sent or failed.
/// </summary>
public sealed class JobSupervisor(JobStore jobs, JobUpdater updater, IBus bus, IOptions<OrchestratorOptions> options, IOptions<BusOptions> busOptions,
    ILogger<JobSupervisor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WaitForBusAsync(stoppingToken);
        if (busOptions.Value.Transport == BusTransport.InMemory)
        {
            var resumed = await SweepAsync(updater.Machine.Resume, stoppingToken);
            if (resumed > 0) logger.LogInformation("Resumed {Count} unfinished jobs from their last completed stage", resumed);
        }

        using var timer = new PeriodicTimer(options.Value.SupervisorInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(updater.Machine.OnTick, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Deadline sweep failed; trying again next tick");
            }
        }
    }

    private async Task<int> SweepAsync(Func<Job, DateTimeOffset, Transition> transition, CancellationToken ct)
    {
        var count = 0;
        await foreach (var job in jobs.ActiveAsync(ct))
        {
            try
            {
                var (stage, attempt) = (job.Value.CurrentStage.Name, job.Value.Attempt);
                var updated = await updater.UpdateAsync(job, transition, bus, ct);
                count++;
                if (updated.Attempt > attempt)
                    logger.LogWarning("Job {JobId}: stage {Stage} passed its deadline; sent again (attempt {Attempt})", updated.Id, stage, updated.Attempt);
            }
            catch (Kino.Storage.ConcurrencyConflictException)
            {
                // A consumer moved the job meanwhile; the next sweep sees the new state.
            }
        }
        return count;
    }

    private async Task WaitForBusAsync(CancellationToken ct)
    {
        var control = bus as IBusControl;
        while (control is not null && control.CheckHealth().Status != BusHealthStatus.Healthy)
            await Task.Delay(200, ct);
    }
}
