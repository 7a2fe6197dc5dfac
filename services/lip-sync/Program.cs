using Kino.LipSync;
using Kino.ServiceDefaults.Hosting;

KinoHost.Run(args, new LipSyncModule());
