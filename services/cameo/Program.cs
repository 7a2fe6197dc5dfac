using Kino.Cameo;
using Kino.ServiceDefaults.Hosting;

KinoHost.Run(args, new CameoModule());
