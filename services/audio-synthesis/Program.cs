using Kino.AudioSynthesis;
using Kino.ServiceDefaults.Hosting;

KinoHost.Run(args, new AudioSynthesisModule());
