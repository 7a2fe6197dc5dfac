using Kino.AudioSynthesis;
using Kino.Cameo;
using Kino.Events;
using Kino.Feed;
using Kino.Gateway;
using Kino.LipSync;
using Kino.Moderation;
using Kino.Orchestrator;
using Kino.Provenance;
using Kino.ServiceDefaults.Hosting;
using Kino.VideoDiffusion;
using Kino.Watermark;

// Every service in one process: in-memory bus and embedded stores by default (./kino up).
KinoHost.Run(args,
    new GatewayModule(), new OrchestratorModule(), new ModerationModule(), new VideoDiffusionModule(),
    new AudioSynthesisModule(), new LipSyncModule(), new WatermarkModule(), new ProvenanceModule(), new FeedModule(), new CameoModule(), new EventsModule());
