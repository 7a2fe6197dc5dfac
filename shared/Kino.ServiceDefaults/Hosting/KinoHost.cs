using Kino.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Kino.ServiceDefaults.Hosting;

/// <summary>Builds and runs a host from modules: one module per service process, all of them in the all-in-one process.</summary>
public static class KinoHost
{
    public static WebApplication Build(string[] args, params IKinoModule[] modules)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.AddServiceDefaults(modules.Length == 1 ? modules[0].Name : "all-in-one");
        foreach (var module in modules) module.AddServices(builder);
        builder.AddKinoBus(modules);

        var app = builder.Build();
        app.MapDefaultEndpoints();
        foreach (var module in modules) module.MapEndpoints(app);
        return app;
    }

    public static void Run(string[] args, params IKinoModule[] modules) => Build(args, modules).Run();
}
