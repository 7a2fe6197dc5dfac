namespace Kino.Tests.Deployment;

/// <summary>Kino's distributed services: one folder under services/, one compose entry, one Deployment each.</summary>
internal static class Topology
{
    public static readonly string[] Services =
        ["gateway", "orchestrator", "moderation", "video-diffusion", "audio-synthesis", "lip-sync", "watermark", "provenance", "feed", "cameo", "events"];

    /// <summary>Services on GPU nodes, from the CUDA image. The other model stages (audio-synthesis, lip-sync) run on CPU today.</summary>
    public static readonly string[] GpuServices = ["video-diffusion"];
}
