using System.Text;
using Kino.Watermark;
using Kino.Watermark.Payload;
using Kino.Watermark.Video;

namespace Kino.Tests.Watermark;

/// <summary>The detectors on synthetic frames and sound, attacked in memory (the ffmpeg attacks are in RobustnessTests).</summary>
public sealed class DetectorTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("detector-test-secret");
    private const ulong Key = 0x0123456789ABCDEF;

    /// <summary>A smooth frame with a few shapes and mild noise, like the video model's output.</summary>
    private static byte[] Frame(int width, int height, int seed)
    {
        var random = new Random(seed);
        var frame = new byte[width * height];
        double cx = random.Next(width), cy = random.Next(height), r = height / 5.0;
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                double v = 40 + 60.0 * y / height + 30 * Math.Sin(x / 90.0) + ((x - cx) * (x - cx) + (y - cy) * (y - cy) < r * r ? 90 : 0) + random.NextDouble() * 4;
                frame[y * width + x] = (byte)Math.Clamp(v, 0, 255);
            }
        return frame;
    }

    private static byte[] Marked(int width, int height, int seed, ulong key)
    {
        var frame = Frame(width, height, seed);
        new LumaMarker(new TileLayout(Secret).Tile(new WatermarkCode(Secret).Encode(key)), width, height, 2.4).Mark(frame);
        return frame;
    }

    private static float[] ToFloat(byte[] frame) => frame.Select(b => (float)b).ToArray();

    [Theory]
    [InlineData(720, 1280)]
    [InlineData(1280, 720)]
    public void The_mark_is_read_back_from_a_marked_frame_and_not_from_the_same_frame_unmarked(int width, int height)
    {
        var engine = new WatermarkEngine(Secret);
        var found = engine.ReadLuma(ToFloat(Marked(width, height, 1, Key)), width, height);
        Assert.True(found is { Decoded: true }, $"sync {found?.SyncScore}");
        Assert.Equal(Key, found!.Key);
        var clean = engine.ReadLuma(ToFloat(Frame(width, height, 1)), width, height);
        Assert.False(clean?.Decoded ?? false);
        Assert.False(new WatermarkEngine(Encoding.UTF8.GetBytes("another secret")).ReadLuma(ToFloat(Marked(width, height, 1, Key)), width, height)?.Decoded ?? false);
    }

    [Fact]
    public void Cropping_downscaling_and_mirroring_together_do_not_stop_detection()
    {
        const int width = 720, height = 1280;
        var marked = ToFloat(Marked(width, height, 2, Key));
        // Crop 10 % on each side, mirror, halve (2 × 2 means), add noise as a codec would.
        int cw = width * 8 / 10, ch = height * 8 / 10, ox = width / 10, oy = height / 10;
        int sw = cw / 2, sh = ch / 2;
        var attacked = new float[sw * sh];
        var random = new Random(3);
        for (int y = 0; y < sh; y++)
            for (int x = 0; x < sw; x++)
            {
                float sum = 0;
                for (int dy = 0; dy < 2; dy++)
                    for (int dx = 0; dx < 2; dx++) sum += marked[(oy + 2 * y + dy) * width + ox + (cw - 1 - (2 * x + dx))];
                attacked[y * sw + x] = sum / 4 + (float)(random.NextDouble() - 0.5) * 3;
            }
        var found = new WatermarkEngine(Secret).ReadLuma(attacked, sw, sh);
        Assert.True(found is { Decoded: true }, $"sync {found?.SyncScore}");
        Assert.Equal(Key, found!.Key);
    }

    [Fact]
    public void The_audio_mark_survives_a_cut_start_and_a_quieter_copy()
    {
        var engine = new WatermarkEngine(Secret);
        var random = new Random(5);
        int n = 48000 * 4;
        var host = new float[n];
        double brown = 0;
        for (int i = 0; i < n; i++)
        {
            brown = 0.98 * brown + (random.NextDouble() - 0.5) * 0.05;
            host[i] = (float)(brown + 0.2 * Math.Sin(2 * Math.PI * 220 * i / 48000.0) * (i / 12000 % 2));
        }
        var marked = (float[])host.Clone();
        engine.MarkAudio(marked, 1, Key);
        var attacked = marked[17_777..].Select(v => v * 0.5f).ToArray();
        var found = engine.ReadAudio(attacked);
        Assert.True(found is { Decoded: true }, $"sync {found?.SyncScore}");
        Assert.Equal(Key, found!.Key);
        Assert.False(engine.ReadAudio(host[17_777..])?.Decoded ?? false);
    }
}
