using Kino.Watermark;
using Kino.ServiceDefaults.Hosting;

KinoHost.Run(args, new WatermarkModule());
