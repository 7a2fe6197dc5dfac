using Kino.Watermark;
using Kino.ServiceDefaults.Hosting;

if (args.Length > 0 && WatermarkCommands.Names.Contains(args[0])) return WatermarkCommands.Run(args);
KinoHost.Run(args, new WatermarkModule());
return 0;
