using Kino.Media;

namespace Kino.VideoDiffusion.World;

/// <summary>Draws a contact sheet of training clips (one row per clip, one column per frame) and lists their captions.</summary>
public static class DatasetPreview
{
    public static async Task WriteAsync(string pngPath, int clips, int frames, int size, int seed, bool heldOut, CancellationToken ct)
    {
        var raw = new byte[clips * frames * size * size * 3];
        var captions = new List<string>();
        for (int c = 0; c < clips; c++)
        {
            var clip = ClipSampler.Draw(seed + c, heldOut);
            captions.Add($"{c}: {clip.Caption}");
            var pixels = WorldRenderer.Render(clip.Scene, frames, size, size, clip.Start, (float)(ClipSampler.WindowSeconds / frames));
            FrameBytes.CopyPlanarToInterleaved(pixels, frames, size, size, raw.AsSpan(c * frames * size * size * 3));
        }
        await WriteSheetAsync(pngPath, [raw], frames, size, ct, rows: clips);
        await File.WriteAllLinesAsync(Path.ChangeExtension(pngPath, ".txt"), captions, ct);
    }

    /// <summary>Clips of interleaved RGB frames as one PNG: a row per clip, a column per frame.</summary>
    public static async Task WriteSheetAsync(string pngPath, IReadOnlyList<byte[]> clips, int frames, int size, CancellationToken ct, int? rows = null)
    {
        var rawPath = pngPath + ".rgb";
        await File.WriteAllBytesAsync(rawPath, clips.SelectMany(c => c).ToArray(), ct);
        try
        {
            await MediaTool.RunAsync("ffmpeg", ["-y", "-v", "error", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", $"{size}x{size}", "-i", rawPath,
                "-vf", $"tile={frames}x{rows ?? clips.Count}", "-frames:v", "1", pngPath], ct);
        }
        finally { File.Delete(rawPath); }
    }
}

/// <summary>Conversions between the model's planar [-1, 1] floats and interleaved RGB bytes.</summary>
public static class FrameBytes
{
    /// <summary>[3, T, H, W] floats in [-1, 1] to T frames of H x W x RGB bytes.</summary>
    public static void CopyPlanarToInterleaved(ReadOnlySpan<float> planar, int frames, int height, int width, Span<byte> interleaved)
    {
        int plane = frames * height * width;
        for (int i = 0; i < plane; i++)
            for (int c = 0; c < 3; c++)
                interleaved[i * 3 + c] = (byte)Math.Clamp(MathF.Round((planar[c * plane + i] + 1f) * 127.5f), 0, 255);
    }

    /// <summary>T frames of H x W x RGB bytes to [3, T, H, W] floats in [-1, 1].</summary>
    public static float[] InterleavedToPlanar(ReadOnlySpan<byte> interleaved, int frames, int height, int width)
    {
        int plane = frames * height * width;
        var planar = new float[3 * plane];
        for (int i = 0; i < plane; i++)
            for (int c = 0; c < 3; c++)
                planar[c * plane + i] = interleaved[i * 3 + c] / 127.5f - 1f;
        return planar;
    }
}
