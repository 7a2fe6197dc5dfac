using Kino.Feed;
using Kino.ServiceDefaults.Hosting;

KinoHost.Run(args, new FeedModule());
