using Kino.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kino.ServiceDefaults.Messaging;

public static class BusRegistration
{
    /// <summary>
    /// MassTransit for the modules' consumers: RabbitMQ or in-memory by configuration, bounded retries with
    /// exponential backoff, then the endpoint's <c>_error</c> queue (and a <c>Fault&lt;T&gt;</c> the orchestrator turns into a failed job).
    /// </summary>
    public static WebApplicationBuilder AddKinoBus(this WebApplicationBuilder builder, IReadOnlyList<IKinoModule> modules)
    {
        builder.Services.AddOptions<BusOptions>().BindConfiguration(BusOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();

        if (options.Transport == BusTransport.RabbitMq)
        {
            builder.Services.AddSingleton<IProcessTermination, ProcessTermination>();
            builder.Services.AddSingleton<ConsumerWatchdog>();
            builder.Services.AddHostedService(services => services.GetRequiredService<ConsumerWatchdog>());
            builder.Services.AddReceiveEndpointObserver(services => services.GetRequiredService<ConsumerWatchdog>());
        }
        builder.Services.AddMassTransit(bus =>
        {
            // A self-hosted platform does not report its configuration to MassTransit's usage telemetry service.
            bus.ConfigureUsageTelemetryOptions(telemetry => telemetry.Enabled = false);
            bus.SetKebabCaseEndpointNameFormatter();
            foreach (var module in modules) module.AddConsumers(bus);
            // Publishes leave only after the consumer succeeded, so a retried message does not publish twice.
            bus.AddConfigureEndpointsCallback((context, _, endpoint) => endpoint.UseInMemoryOutbox(context));

            if (options.Transport == BusTransport.RabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    var o = context.GetRequiredService<IOptions<BusOptions>>().Value;
                    cfg.Host(o.RabbitMqHost, (ushort)o.RabbitMqPort, o.RabbitMqVirtualHost, h =>
                    {
                        h.Username(o.RabbitMqUsername);
                        h.Password(o.RabbitMqPassword);
                    });
                    ConfigureRetry(cfg, o);
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) =>
                {
                    ConfigureRetry(cfg, context.GetRequiredService<IOptions<BusOptions>>().Value);
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
        return builder;
    }

    private static void ConfigureRetry(IBusFactoryConfigurator cfg, BusOptions options) =>
        cfg.UseMessageRetry(r =>
        {
            r.Exponential(options.RetryLimit, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(300));
            // A stage that rejects its input will reject it again: no point retrying.
            r.Ignore<StageInputException>();
        });
}
