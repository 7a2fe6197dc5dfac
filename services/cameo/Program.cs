using Kino.Cameo;
using Kino.ServiceDefaults.Hosting;

if (args.Length > 0 && CameoCommands.Names.Contains(args[0])) return CameoCommands.Run(args);
KinoHost.Run(args, new CameoModule());
return 0;
