using Kino.LipSync;
using Kino.ServiceDefaults.Hosting;

if (args.Length > 0 && LipSyncCommands.Names.Contains(args[0])) return LipSyncCommands.Run(args);
KinoHost.Run(args, new LipSyncModule());
return 0;
