using Kino.Moderation;
using Kino.ServiceDefaults.Hosting;

KinoHost.Run(args, new ModerationModule());
