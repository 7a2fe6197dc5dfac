using System.Globalization;
using Kino.Media;
using Kino.Moderation.Policy;

namespace Kino.Moderation.Checks;

/// <summary>One sampled frame's skin measure.</summary>
public sealed record FrameFinding(double Seconds, double SkinShare, double LargestRegionShare, bool Suspicious);

/// <summary>Samples a video's frames with ffmpeg and applies the policy's skin-area rule for nudity.</summary>
public static class FrameChecker
{
    private const int Size = 96; // area shares do not depend on the aspect ratio, so frames are sampled square

    public static async Task<IReadOnlyList<FrameFinding>> MeasureAsync(string videoPath, OutputPolicy policy, string scratchFolder, CancellationToken ct)
    {
        var raw = Path.Combine(scratchFolder, "frames.rgb");
        var fps = policy.FramesPerSecond.ToString(CultureInfo.InvariantCulture);
        await MediaTool.RunAsync("ffmpeg", ["-y", "-v", "error", "-i", videoPath, "-vf", $"fps={fps},scale={Size}:{Size}", "-f", "rawvideo", "-pix_fmt", "rgb24", raw], ct);
        var bytes = await File.ReadAllBytesAsync(raw, ct);
        int frameBytes = Size * Size * 3, count = bytes.Length / frameBytes;
        var findings = new List<FrameFinding>(count);
        for (int i = 0; i < count; i++)
        {
            var measure = SkinDetector.Measure(bytes.AsSpan(i * frameBytes, frameBytes), Size, Size);
            bool suspicious = measure.SkinShare >= policy.SkinShare && measure.LargestRegionShare >= policy.LargestRegionShare;
            findings.Add(new FrameFinding(Math.Round(i / policy.FramesPerSecond, 2), Math.Round(measure.SkinShare, 4), Math.Round(measure.LargestRegionShare, 4), suspicious));
        }
        return findings;
    }

    /// <summary>The nudity category's result from the frames: blocked when enough sampled frames are suspicious.</summary>
    public static CategoryResult Judge(IReadOnlyList<FrameFinding> frames, CategoryPolicy nudity, OutputPolicy policy, bool teen)
    {
        if (frames.Count == 0) return new CategoryResult(nudity.Id, 0, PolicyAction.Allow, []);
        double share = frames.Count(f => f.Suspicious) / (double)frames.Count;
        bool blocked = share >= policy.SuspiciousFrameShare;
        var rules = blocked ? new[] { string.Create(CultureInfo.InvariantCulture, $"frames:skin_regions:{share:P0} of {frames.Count} frames") } : [];
        return new CategoryResult(nudity.Id, Math.Round(share, 4), blocked ? (teen ? nudity.TeenAction : nudity.Action) : PolicyAction.Allow, rules);
    }
}
