using System.Diagnostics;
using Kino.Contracts;
using Kino.ServiceDefaults.Hosting;
using Kino.Storage;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Kino.ServiceDefaults.Messaging;

/// <summary>
/// The shape of every pipeline stage: idempotent by (job, stage, attempt). A redelivered command
/// re-publishes the recorded result instead of running the stage again; a stage that rejects its
/// input publishes <see cref="StageFailed"/>; any other exception is retried by the bus and then
/// faults (the orchestrator turns the fault into a failed job).
/// </summary>
public abstract class StageConsumer<TCommand, TResult>(IDocumentStore store, ILogger logger) : IConsumer<TCommand>
    where TCommand : class, IStageCommand
    where TResult : class, IStageResult
{
    private readonly IDocumentCollection<TResult> _ledger = store.Collection<TResult>("stage_results");

    /// <summary>The stage name, from <see cref="Stages"/>.</summary>
    protected abstract string Stage { get; }

    /// <summary>Runs the stage. <paramref name="elapsed"/> is the compute time so far, for the result.</summary>
    protected abstract Task<TResult> ExecuteAsync(TCommand command, Func<double> elapsed, CancellationToken ct);

    public async Task Consume(ConsumeContext<TCommand> context)
    {
        var command = context.Message;
        var key = $"{command.JobId:N}-{Stage}-{command.Attempt}";
        var recorded = await _ledger.GetAsync(key, context.CancellationToken);
        if (recorded is not null)
        {
            logger.LogInformation("Stage {Stage} of job {JobId} attempt {Attempt} already ran; re-publishing its result", Stage, command.JobId, command.Attempt);
            await context.Publish(recorded.Value, context.CancellationToken);
            return;
        }

        using var activity = KinoTelemetry.Source.StartActivity($"stage {Stage}");
        activity?.SetTag("kino.job_id", command.JobId);
        var clock = Stopwatch.StartNew();
        TResult result;
        try
        {
            result = await ExecuteAsync(command, () => clock.Elapsed.TotalMilliseconds, context.CancellationToken);
        }
        catch (StageInputException e)
        {
            logger.LogWarning("Stage {Stage} rejected job {JobId}: {Code} {Reason}", Stage, command.JobId, e.Code, e.Message);
            await context.Publish(new StageFailed(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt, Stage, e.Code, e.Message));
            return;
        }
        KinoTelemetry.StageDuration.Record(clock.Elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("stage", Stage));
        if (result.Placeholder)
            logger.LogWarning("Stage {Stage} of job {JobId} ran a PLACEHOLDER algorithm", Stage, command.JobId);

        try
        {
            await _ledger.InsertAsync(key, result, new DocumentKeys(SortKey: DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()), context.CancellationToken);
        }
        catch (DuplicateDocumentException)
        {
            // A concurrent delivery of the same command finished first (its outputs are keyed by job and stage, so they
            // are equivalent). Its result is the one on record and already published: publish exactly that again, not
            // this run's, whose time and compute differ. A public event (video.published) derives its CloudEvent id from
            // the content, and a second, different one would reach third parties as a second event.
            result = (await _ledger.GetAsync(key, context.CancellationToken))!.Value;
            logger.LogInformation("Stage {Stage} of job {JobId} attempt {Attempt} ran twice at once; publishing the recorded result", Stage, command.JobId, command.Attempt);
        }
        await context.Publish(result, context.CancellationToken);
        logger.LogInformation("Stage {Stage} of job {JobId} done in {ElapsedMs:F0} ms", Stage, command.JobId, clock.Elapsed.TotalMilliseconds);
    }
}
