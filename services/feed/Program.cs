using Kino.Feed;
using Kino.ServiceDefaults.Hosting;

if (args.Length > 0 && FeedCommands.Names.Contains(args[0])) return FeedCommands.Run(args);
KinoHost.Run(args, new FeedModule());
return 0;
