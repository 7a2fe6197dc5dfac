using Kino.Moderation;
using Kino.ServiceDefaults.Hosting;

if (args.Length > 0 && ModerationCommands.Names.Contains(args[0])) return ModerationCommands.Run(args);
KinoHost.Run(args, new ModerationModule());
return 0;
