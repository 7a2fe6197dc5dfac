using Kino.AllInOne;
using Kino.ServiceDefaults.Hosting;

// Every service in one process: in-memory bus and embedded stores by default (./kino up).
KinoHost.Run(args, AllInOneModules.Create());
