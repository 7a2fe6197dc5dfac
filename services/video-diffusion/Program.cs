using Kino.VideoDiffusion;
using Kino.ServiceDefaults.Hosting;

if (args.Length > 0 && VideoCommands.Names.Contains(args[0])) return VideoCommands.Run(args);
KinoHost.Run(args, new VideoDiffusionModule());
return 0;
