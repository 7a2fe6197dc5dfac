using Kino.Orchestrator.Jobs;
using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace Kino.Orchestrator;

/// <summary>The job state machine: drives every job through the stages, times them out, recovers them after a restart.</summary>
public sealed class OrchestratorModule : IKinoModule
{
    public const string ServiceName = "orchestrator";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStore(ServiceName);
        builder.Services.AddOptions<OrchestratorOptions>().BindConfiguration(OrchestratorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new Jobs.JobStateMachine(sp.GetRequiredService<IOptions<OrchestratorOptions>>().Value));
        builder.Services.AddSingleton<JobStore>();
        builder.Services.AddSingleton<JobUpdater>();
        builder.Services.AddHostedService<JobSupervisor>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<JobEventsConsumer>();
        bus.AddConsumer<CameoRevocationConsumer>();
    }

    public void MapEndpoints(WebApplication app) =>
        app.MapInternalApi("/jobs").MapGet("/{id:guid}", async (Guid id, JobStore jobs, CancellationToken ct) =>
            await jobs.GetAsync(id, ct) is { } job ? Results.Ok(job.Value) : Results.NotFound());
}
