using Kino.Media;
using Kino.VideoDiffusion.World;

namespace Kino.VideoDiffusion.Pipeline;

/// <summary>Moves frames between the model's planar floats and media files, with ffmpeg doing the classical resampling.</summary>
public static class FrameIO
{
    /// <summary>
    /// Writes model frames ([3, F, S, S] in [-1, 1], sampled at <paramref name="sourceFps"/>) as an H.264 MP4 at the
    /// requested size and frame rate: motion-compensated interpolation to the target rate, then a uniform scale
    /// (never a stretch). A non-square target keeps the whole square picture in the middle and fills the sides with a
    /// blurred, darkened enlargement of it, as vertical-video apps do (blurred at 1/8 size: the same look, a fraction of the work).
    /// </summary>
    public static async Task EncodeAsync(float[] planar, int frames, int size, double sourceFps, int width, int height, int fps, double seconds,
        string outputPath, CancellationToken ct)
    {
        var raw = new byte[frames * size * size * 3];
        FrameBytes.CopyPlanarToInterleaved(planar, frames, size, size, raw);
        var rawPath = outputPath + ".rgb";
        await File.WriteAllBytesAsync(rawPath, raw, ct);
        try
        {
            int inner = Math.Min(width, height), outer = Math.Max(width, height);
            // minterpolate ends at the last input frame's time: hold the last frame two more frames so -t can cut at the full length.
            string motion = $"tpad=stop_mode=clone:stop=2,minterpolate=fps={fps}:mi_mode=mci:mc_mode=aobmc:me_mode=bidir:vsbmc=1";
            string layout = width == height
                ? $"scale={width}:{height}:flags=lanczos"
                : $"split[a][b];[a]scale={inner}:{inner}:flags=lanczos[fg];[b]scale={outer / 8}:{outer / 8},crop={width / 8}:{height / 8},gblur=sigma=3,eq=brightness=-0.12,scale={width}:{height}:flags=bilinear[bg];[bg][fg]overlay=(W-w)/2:(H-h)/2";
            await MediaTool.RunAsync("ffmpeg", ["-y", "-v", "error", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", $"{size}x{size}",
                "-r", sourceFps.ToString(System.Globalization.CultureInfo.InvariantCulture), "-i", rawPath,
                "-filter_complex", $"[0:v]{motion},{layout},setsar=1,format=yuv420p[out]", "-map", "[out]",
                "-t", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-movflags", "+faststart", outputPath], ct);
        }
        finally { File.Delete(rawPath); }
    }

    /// <summary>Joins the extended video (its picture only, at the target size and rate) and the new segment into one MP4.</summary>
    public static Task ConcatAsync(string sourcePath, string segmentPath, int width, int height, int fps, string outputPath, CancellationToken ct) =>
        MediaTool.RunAsync("ffmpeg", ["-y", "-v", "error", "-i", sourcePath, "-i", segmentPath, "-filter_complex",
            $"[0:v]scale={width}:{height}:force_original_aspect_ratio=decrease,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2,fps={fps},setsar=1,format=yuv420p[a];" +
            $"[1:v]fps={fps},setsar=1,format=yuv420p[b];[a][b]concat=n=2:v=1:a=0[out]",
            "-map", "[out]", "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-movflags", "+faststart", outputPath], ct);

    /// <summary>An image (PNG, JPEG, WebP) as one model frame [3, 1, S, S]: scaled to cover the square and centre-cropped.</summary>
    public static async Task<float[]> ReadImageAsync(string imagePath, int size, CancellationToken ct)
    {
        var frames = await DecodeAsync(imagePath, size, $"scale={size}:{size}:force_original_aspect_ratio=increase,crop={size}:{size}", ["-frames:v", "1"], ct);
        return FrameBytes.InterleavedToPlanar(frames, 1, size, size);
    }

    /// <summary>The last <paramref name="count"/> frames of a video at the model's frame rate, from the centre square Kino draws in.</summary>
    public static async Task<float[]> ReadLastFramesAsync(string videoPath, int count, int size, double fps, CancellationToken ct)
    {
        var rate = fps.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bytes = await DecodeAsync(videoPath, size, $"crop=min(iw\\,ih):min(iw\\,ih),fps={rate},scale={size}:{size}:flags=area", [], ct);
        int frameBytes = size * size * 3, available = bytes.Length / frameBytes;
        if (available < count) throw new InvalidDataException($"the video has {available} frames at {rate} fps; {count} are needed to continue it");
        return FrameBytes.InterleavedToPlanar(bytes.AsSpan((available - count) * frameBytes, count * frameBytes), count, size, size);
    }

    private static async Task<byte[]> DecodeAsync(string inputPath, int size, string filter, string[] extra, CancellationToken ct)
    {
        var rawPath = inputPath + $".{size}.rgb";
        try
        {
            await MediaTool.RunAsync("ffmpeg", ["-y", "-v", "error", "-i", inputPath, "-vf", filter, .. extra, "-f", "rawvideo", "-pix_fmt", "rgb24", rawPath], ct);
            return await File.ReadAllBytesAsync(rawPath, ct);
        }
        finally { File.Delete(rawPath); }
    }
}
