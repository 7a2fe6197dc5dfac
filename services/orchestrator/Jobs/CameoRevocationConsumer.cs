using Kino.Contracts;
using MassTransit;

namespace Kino.Orchestrator.Jobs;

/// <summary>A revoked cameo consent stops the unfinished jobs that used the cameo.</summary>
public sealed class CameoRevocationConsumer(JobUpdater updater) : IConsumer<CameoConsentRevoked>
{
    public async Task Consume(ConsumeContext<CameoConsentRevoked> context)
    {
        foreach (var jobId in context.Message.JobIds)
            await updater.UpdateAsync(jobId, updater.Machine.OnConsentRevoked, context, context.CancellationToken);
    }
}
