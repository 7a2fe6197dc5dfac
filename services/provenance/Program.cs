using Kino.Provenance;
using Kino.ServiceDefaults.Hosting;

if (args.Length > 0 && ProvenanceCommands.Names.Contains(args[0])) return ProvenanceCommands.Run(args);
KinoHost.Run(args, new ProvenanceModule());
return 0;
