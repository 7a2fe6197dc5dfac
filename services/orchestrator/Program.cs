using Kino.Orchestrator;
using Kino.ServiceDefaults.Hosting;

KinoHost.Run(args, new OrchestratorModule());
