using System.Globalization;
using CliWrap;
using CliWrap.Buffered;
using System.Text.Json;

namespace Kino.Media;

/// <summary>What the watermark needs to know about a file: picture size and rate (0 × 0 without video), and its sound.</summary>
public sealed record MediaInfo(int Width, int Height, string FrameRate, double Seconds, int AudioChannels)
{
    /// <summary>The frame rate as a number ("24/1" → 24).</summary>
    public double FramesPerSecond => FrameRate.Split('/') is [var n, var d]
        ? double.Parse(n, CultureInfo.InvariantCulture) / double.Parse(d, CultureInfo.InvariantCulture)
        : double.Parse(FrameRate, CultureInfo.InvariantCulture);

    /// <summary>The sound as interleaved 32-bit float samples at <paramref name="sampleRate"/> (ffmpeg resamples and mixes), up to <paramref name="seconds"/> when given.</summary>
    public static async Task<float[]> ReadSamplesAsync(string file, int channels, int sampleRate, CancellationToken ct, double? seconds = null)
    {
        string[] limit = seconds is { } s ? ["-t", s.ToString(CultureInfo.InvariantCulture)] : [];
        await using var reader = FfmpegPipe.Reading(["-i", file, .. limit, "-vn", "-ac", channels.ToString(CultureInfo.InvariantCulture),
            "-ar", sampleRate.ToString(CultureInfo.InvariantCulture), "-f", "f32le", "-"]);
        using var raw = new MemoryStream();
        await reader.Output.CopyToAsync(raw, ct);
        await reader.CompleteAsync(ct);
        return System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(raw.GetBuffer().AsSpan(0, (int)raw.Length - (int)raw.Length % 4)).ToArray();
    }

    /// <summary>Reads every frame of a file as raw pixels (<paramref name="pixelFormat"/>, e.g. gray or rgb24), scaled to the given size.</summary>
    public static async Task<List<byte[]>> ReadFramesAsync(string file, string pixelFormat, int width, int height, int bytesPerPixel, CancellationToken ct)
    {
        await using var decoder = FfmpegPipe.Reading(["-i", file, "-an", "-vf", $"scale={width}:{height},format={pixelFormat}", "-f", "rawvideo", "-"]);
        var frames = new List<byte[]>();
        while (true)
        {
            var frame = new byte[width * height * bytesPerPixel];
            if (!await FfmpegPipe.ReadFullAsync(decoder.Output, frame, ct)) break;
            frames.Add(frame);
        }
        await decoder.CompleteAsync(ct);
        return frames;
    }
}

/// <summary>A file whose picture has more pixels a frame than the reader was allowed to decode.</summary>
public sealed class PictureTooLargeException(string message) : Exception(message);

public static class MediaProbe
{
    public static async Task<MediaInfo> ReadAsync(string file, CancellationToken ct) =>
        Parse(await MediaTool.RunAsync("ffprobe", [.. ProbeArguments, file], ct), file);

    /// <summary>
    /// Like <see cref="ReadAsync(string, CancellationToken)"/> for files from users: ffprobe decodes a first frame to
    /// learn a stream's format, so the decoders it opens are told to refuse pictures over <paramref name="maxPixels"/>.
    /// A few bytes that declare a huge picture (a decompression bomb) are then never decoded, and throw
    /// <see cref="PictureTooLargeException"/>.
    /// </summary>
    public static async Task<MediaInfo> ReadAsync(string file, long maxPixels, CancellationToken ct)
    {
        var result = await Cli.Wrap("ffprobe")
            .WithArguments(["-v", "error", "-max_pixels", maxPixels.ToString(CultureInfo.InvariantCulture), .. ProbeArguments, file])
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(ct);
        // libavutil's refusal (av_image_check_size2); the exit code alone does not tell it (a PNG still exits 0).
        if (result.StandardError.Contains("exceeds specified max pixel count", StringComparison.Ordinal))
            throw new PictureTooLargeException($"{Path.GetFileName(file)} has pictures of more than {maxPixels} pixels.");
        if (result.ExitCode != 0)
            throw new MediaToolException($"ffprobe exited with {result.ExitCode}: {result.StandardError[Math.Max(0, result.StandardError.Length - 2000)..].Trim()}");
        return Parse(result.StandardOutput, file);
    }

    private static readonly string[] ProbeArguments = ["-v", "error", "-show_entries", "stream=codec_type,width,height,r_frame_rate,channels:format=duration", "-of", "json"];

    private static MediaInfo Parse(string json, string file)
    {
        var root = JsonDocument.Parse(json).RootElement;
        int width = 0, height = 0, channels = 0;
        string rate = "24";
        foreach (var stream in root.GetProperty("streams").EnumerateArray())
        {
            var type = stream.GetProperty("codec_type").GetString();
            if (type == "video" && width == 0)
            {
                width = stream.GetProperty("width").GetInt32();
                height = stream.GetProperty("height").GetInt32();
                rate = stream.GetProperty("r_frame_rate").GetString() ?? rate;
            }
            else if (type == "audio" && channels == 0) channels = stream.TryGetProperty("channels", out var c) ? c.GetInt32() : 2;
        }
        double seconds = root.TryGetProperty("format", out var format) && format.TryGetProperty("duration", out var d)
            && double.TryParse(d.GetString(), CultureInfo.InvariantCulture, out var value) ? value : 0;
        if (width == 0 && channels == 0) throw new MediaToolException($"{Path.GetFileName(file)} has neither video nor audio.");
        return new MediaInfo(width, height, rate, seconds, channels);
    }
}

/// <summary>Statistics over a clip's frames (8-bit planes of equal size).</summary>
public static class FrameStatistics
{
    /// <summary>The per-pixel median over time: the static background, without whatever moves.</summary>
    public static byte[] TemporalMedian(IReadOnlyList<byte[]> frames)
    {
        int size = frames[0].Length;
        var median = new byte[size];
        var column = new byte[frames.Count];
        for (int i = 0; i < size; i++)
        {
            for (int f = 0; f < frames.Count; f++) column[f] = frames[f][i];
            Array.Sort(column);
            median[i] = column[column.Length / 2];
        }
        return median;
    }
}
