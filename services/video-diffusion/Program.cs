using Kino.VideoDiffusion;
using Kino.ServiceDefaults.Hosting;

KinoHost.Run(args, new VideoDiffusionModule());
