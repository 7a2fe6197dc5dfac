using Kino.AudioSynthesis;
using Kino.ServiceDefaults.Hosting;

if (args.Length > 0 && AudioCommands.Names.Contains(args[0])) return AudioCommands.Run(args);
KinoHost.Run(args, new AudioSynthesisModule());
return 0;
