using static TorchSharp.torch;

namespace Kino.VideoDiffusion.Model;

/// <summary>Continuous-time cosine schedule: x_t = alpha(t) x0 + sigma(t) eps, with v = alpha eps - sigma x0.</summary>
public static class NoiseSchedule
{
    private const double Offset = 0.008;

    public static double Alpha(double t) => Math.Cos((t + Offset) / (1 + Offset) * Math.PI / 2) / Math.Cos(Offset / (1 + Offset) * Math.PI / 2);

    public static double Sigma(double t) => Math.Sqrt(Math.Max(0, 1 - Alpha(t) * Alpha(t)));

    public static Tensor Alpha(Tensor t)
    {
        var a = cos((t + Offset) / (1 + Offset) * (Math.PI / 2)) / Math.Cos(Offset / (1 + Offset) * Math.PI / 2);
        return a.clamp(0, 1);
    }

    public static Tensor Sigma(Tensor t) => (1 - Alpha(t).square()).clamp_min(0).sqrt();
}
