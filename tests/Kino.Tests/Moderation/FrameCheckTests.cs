using Kino.Moderation.Checks;
using Kino.Moderation.Policy;
using Kino.Media;

namespace Kino.Tests.Moderation;

/// <summary>The nudity check of generated frames, on real MP4s made with ffmpeg.</summary>
public sealed class FrameCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kino-frames-").FullName;
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<IReadOnlyList<FrameFinding>> MeasureAsync(string lavfiSource)
    {
        var video = Path.Combine(_folder, "clip.mp4");
        await MediaTool.RunAsync("ffmpeg", ["-y", "-v", "error", "-f", "lavfi", "-i", lavfiSource, "-t", "2", "-c:v", "libx264", "-pix_fmt", "yuv420p", video], TestContext.Current.CancellationToken);
        return await FrameChecker.MeasureAsync(video, new OutputPolicy(), _folder, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_frame_filled_with_one_large_skin_region_is_suspicious_and_blocks()
    {
        // A skin tone filling most of the frame, with a dark border.
        var frames = await MeasureAsync("color=c=0xE0A890:s=320x568:r=24,drawbox=x=0:y=0:w=320:h=60:color=black:t=fill");
        Assert.Equal(4, frames.Count); // 2 s at 2 frames per second
        Assert.All(frames, f => Assert.True(f.Suspicious, $"skin {f.SkinShare}, region {f.LargestRegionShare}"));
        var policy = ShippedModeration.Policy;
        var result = FrameChecker.Judge(frames, policy.Category("sexual"), policy.Policy.Output, teen: false);
        Assert.Equal(PolicyAction.Block, result.Action);
        Assert.Single(result.Rules);
    }

    [Theory]
    [InlineData("testsrc2=s=320x568:r=24")]
    [InlineData("color=c=0x2060C0:s=320x568:r=24,drawbox=x=100:y=200:w=80:h=80:color=0xE0A890:t=fill")] // a small skin-toned object
    [InlineData("color=c=0xD8C090:s=320x568:r=24")] // sand
    public async Task Ordinary_frames_are_not_suspicious(string source)
    {
        var frames = await MeasureAsync(source);
        Assert.NotEmpty(frames);
        Assert.DoesNotContain(frames, f => f.Suspicious);
        var policy = ShippedModeration.Policy;
        Assert.Equal(PolicyAction.Allow, FrameChecker.Judge(frames, policy.Category("sexual"), policy.Policy.Output, teen: false).Action);
    }
}
