using Kino.ServiceDefaults.Hosting;
using Kino.VideoDiffusion.Pipeline;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace Kino.VideoDiffusion;

/// <summary>The picture: Kino's cascaded text-to-video diffusion model (TorchSharp), base model plus super-resolution.</summary>
public sealed class VideoDiffusionModule : IKinoModule
{
    public const string ServiceName = "video-diffusion";
    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStore(ServiceName);
        builder.Services.AddOptions<VideoOptions>().BindConfiguration(VideoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<VideoOptions>>().Value;
            var logger = services.GetRequiredService<ILogger<VideoModels>>();
            var models = VideoModels.Load(options.WeightsDirectory, options.MaxBatch, logger);
            logger.LogInformation("Video model loaded from {Directory} on {Device}: base {Base} trained {Steps} steps, super-resolution to {High} px",
                options.WeightsDirectory, models.Device, $"{models.Pipeline.Base.Width}x{models.Pipeline.Base.Height}x{models.Pipeline.Base.Frames}",
                models.Pipeline.Base.Training?.Steps, models.Pipeline.SuperResolution.Height);
            return models;
        });
        builder.Services.AddSingleton<RunningJobs>();
        // Load the weights at start-up, so a missing or broken checkpoint stops the service instead of failing jobs.
        builder.Services.AddHostedService<ModelWarmup>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        // Several jobs at once, so the sampling queue can batch them.
        bus.AddConsumer<GenerateVideoConsumer>().Endpoint(e => e.ConcurrentMessageLimit = 16);
        bus.AddConsumer<StopCancelledGenerationConsumer>();
    }

    private sealed class ModelWarmup(VideoModels models) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => Task.CompletedTask;
        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
        public VideoModels Models => models;
    }
}
