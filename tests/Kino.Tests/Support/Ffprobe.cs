using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Kino.Tests.Support;

/// <summary>What ffprobe says about a media file.</summary>
public sealed record MediaInfo(string? VideoCodec, string? AudioCodec, int Width, int Height, double DurationSeconds, string FormatName);

public static class Ffprobe
{
    public static async Task<MediaInfo> ProbeAsync(string path)
    {
        var info = new ProcessStartInfo("ffprobe", ["-v", "error", "-print_format", "json", "-show_streams", "-show_format", path])
            { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"ffprobe failed on {path}: {await process.StandardError.ReadToEndAsync()}");
        using var json = JsonDocument.Parse(output);
        var streams = json.RootElement.GetProperty("streams").EnumerateArray().ToList();
        var video = streams.FirstOrDefault(s => s.GetProperty("codec_type").GetString() == "video");
        var audio = streams.FirstOrDefault(s => s.GetProperty("codec_type").GetString() == "audio");
        var format = json.RootElement.GetProperty("format");
        return new MediaInfo(
            video.ValueKind == JsonValueKind.Undefined ? null : video.GetProperty("codec_name").GetString(),
            audio.ValueKind == JsonValueKind.Undefined ? null : audio.GetProperty("codec_name").GetString(),
            video.ValueKind == JsonValueKind.Undefined ? 0 : video.GetProperty("width").GetInt32(),
            video.ValueKind == JsonValueKind.Undefined ? 0 : video.GetProperty("height").GetInt32(),
            double.Parse(format.GetProperty("duration").GetString()!, CultureInfo.InvariantCulture),
            format.GetProperty("format_name").GetString()!);
    }
}
