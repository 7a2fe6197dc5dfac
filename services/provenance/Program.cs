using Kino.Provenance;
using Kino.ServiceDefaults.Hosting;

KinoHost.Run(args, new ProvenanceModule());
