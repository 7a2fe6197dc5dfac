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

namespace Kino.AllInOne;

/// <summary>Every service's module, as the all-in-one process hosts them (the security tests map the same set).</summary>
public static class AllInOneModules
{
    public static IKinoModule[] Create() =>
    [
        new GatewayModule(), new OrchestratorModule(), new ModerationModule(), new VideoDiffusionModule(),
        new AudioSynthesisModule(), new LipSyncModule(), new WatermarkModule(), new ProvenanceModule(), new FeedModule(), new CameoModule(), new EventsModule(),
    ];
}
