using Kino.Events;
using Kino.ServiceDefaults.Hosting;

KinoHost.Run(args, new EventsModule());
