using Kino.AudioSynthesis;
using Kino.AudioSynthesis.Events;
using Kino.AudioSynthesis.Planning;

namespace Kino.Tests.Audio;

/// <summary>Effects land on the frame where things happen: contacts found in the picture, checked against known bounces.</summary>
public sealed class VisualEventTests
{
    [Theory]
    [InlineData(24, 0.75)]
    [InlineData(30, 0.6)]
    public async Task A_bouncing_balls_ground_contacts_are_found_within_one_frame(int fps, double period)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kino-bounce-{Guid.NewGuid():N}.mp4");
        try
        {
            // A square falling and rising on |sin|: it touches the ground every `period` seconds.
            await Kino.Media.MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", $"color=c=0x203040:s=320x480:r={fps}:d=4",
                "-f", "lavfi", "-i", $"color=c=red:s=40x40:r={fps}:d=4", "-filter_complex",
                $"[0][1]overlay=x=140:y='400-300*abs(sin(PI*t/{period.ToString(System.Globalization.CultureInfo.InvariantCulture)}))'",
                "-c:v", "libx264", "-crf", "23", "-pix_fmt", "yuv420p", file], CancellationToken.None);
            var events = await VisualEvents.DetectAsync(file, CancellationToken.None);
            var truth = Enumerable.Range(1, 20).Select(k => k * period).Where(t => t < 4 - 1.0 / fps).ToList();
            Assert.Equal(truth.Count, events.Contacts.Count);
            foreach (var (expected, found) in truth.Zip(events.Contacts))
                Assert.True(Math.Abs(found - expected) * fps <= 1, $"contact at {found:F3} s, expected {expected:F3} s ({(found - expected) * fps:F2} frames)");
            Assert.Empty(events.Flashes);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Impacts_are_mixed_in_at_the_contact_times()
    {
        var plan = AudioPlanner.Plan("A red ball bounces in a quiet room");
        var quiet = AudioRenderer.Render(plan, 3, 1);
        var withHits = AudioRenderer.Render(plan, 3, 1, new Dictionary<string, IReadOnlyList<double>> { ["impact"] = [1.0, 2.0] });
        // The difference between the two mixes starts at the contacts (after normalisation both are −14 LUFS, so compare onsets).
        double Energy(float[] x, double from, double to) => x.Skip((int)(from * 48000) * 2).Take((int)((to - from) * 48000) * 2).Average(v => (double)v * v);
        Assert.True(Energy(withHits.Mix.Interleaved, 1.0, 1.05) > 4 * Energy(withHits.Mix.Interleaved, 0.9, 0.95), "a hit at 1.0 s");
        Assert.True(Energy(withHits.Mix.Interleaved, 2.0, 2.05) > 4 * Energy(withHits.Mix.Interleaved, 1.9, 1.95), "a hit at 2.0 s");
        Assert.Contains(plan.Effects, e => e.Kind == "impact");
        Assert.NotEqual(quiet.Mix.Interleaved, withHits.Mix.Interleaved);
    }
}
