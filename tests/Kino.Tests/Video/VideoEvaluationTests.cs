using Kino.VideoDiffusion.Evaluation;
using Kino.VideoDiffusion.Sampling;

namespace Kino.Tests.Video;

/// <summary>A small evaluation of the shipped model; the thresholds sit just below the figures in docs/models/video.md.</summary>
public sealed class VideoEvaluationTests(ShippedModels shipped) : IClassFixture<ShippedModels>
{
    public const double SeenThreshold = 0.80, HeldOutThreshold = 0.72; // measured on these 8 + 8 clips: 0.850 and 0.767

    [Fact]
    public async Task The_shipped_model_follows_its_prompts_on_seen_and_held_out_combinations()
    {
        var report = await Evaluator.RunAsync(shipped.Models.Pipeline, 8, new SamplingOptions(SamplerKind.DpmSolver2M, 20, 3), null, TestContext.Current.CancellationToken);
        Assert.True(report.Seen.Accuracy >= SeenThreshold, $"seen-combination accuracy {report.Seen.Accuracy} < {SeenThreshold}");
        Assert.True(report.HeldOut.Accuracy >= HeldOutThreshold, $"held-out accuracy {report.HeldOut.Accuracy} < {HeldOutThreshold}");
    }
}
