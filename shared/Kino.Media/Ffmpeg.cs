using System.Globalization;

namespace Kino.Media;

/// <summary>The ffmpeg operations the pipeline needs. Outputs are H.264 (yuv420p) + AAC MP4 with +faststart.</summary>
public static class Ffmpeg
{
    private static readonly string[] Quiet = ["-hide_banner", "-loglevel", "error", "-nostdin", "-y"];
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private static string S(double v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A moving test pattern that shows the prompt and the word PLACEHOLDER: the video stage's stand-in
    /// until the diffusion model lands. Video only.
    /// </summary>
    public static async Task RenderTestPatternAsync(string prompt, int width, int height, int seconds, int fps, string output, CancellationToken ct)
    {
        var textFile = output + ".txt";
        await File.WriteAllTextAsync(textFile, Wrap(prompt, Math.Max(12, width / 28)), ct);
        try
        {
            var fontSize = Math.Max(16, width / 30);
            var filter =
                $"drawbox=x=0:y=ih*0.30:w=iw:h=ih*0.40:color=black@0.6:t=fill," +
                $"drawtext=fontfile={Font}:text='PLACEHOLDER video stage':fontcolor=yellow:fontsize={fontSize * 3 / 2}:x=(w-text_w)/2:y=h*0.32," +
                $"drawtext=fontfile={Font}:textfile='{textFile}':fontcolor=white:fontsize={fontSize}:line_spacing=6:x=(w-text_w)/2:y=h*0.40," +
                "format=yuv420p";
            await MediaTool.RunAsync("ffmpeg", [.. Quiet,
                "-f", "lavfi", "-i", $"testsrc2=size={width}x{height}:rate={fps}:duration={seconds}",
                "-vf", filter, "-c:v", "libx264", "-preset", "ultrafast", "-tune", "stillimage", "-crf", "30",
                "-movflags", "+faststart", output], ct);
        }
        finally
        {
            File.Delete(textFile);
        }
    }

    /// <summary>The container's duration in seconds, as ffprobe reads it.</summary>
    public static async Task<double> DurationAsync(string media, CancellationToken ct) =>
        double.Parse(await MediaTool.RunAsync("ffprobe",
            ["-v", "error", "-show_entries", "format=duration", "-of", "default=nw=1:nk=1", media], ct), CultureInfo.InvariantCulture);

    /// <summary>Muxes picture and sound into the delivery MP4, exactly <paramref name="seconds"/> long.</summary>
    public static Task MuxAsync(string video, string audio, double seconds, string output, CancellationToken ct) =>
        MediaTool.RunAsync("ffmpeg", [.. Quiet, "-i", video, "-i", audio,
            "-map", "0:v:0", "-map", "1:a:0", "-c:v", "copy", "-c:a", "aac", "-b:a", "128k", "-ar", "48000",
            "-t", S(seconds), "-movflags", "+faststart", output], ct);

    /// <summary>A JPEG poster frame from the middle of the clip.</summary>
    public static Task ThumbnailAsync(string video, double seconds, string output, CancellationToken ct) =>
        MediaTool.RunAsync("ffmpeg", [.. Quiet, "-ss", S(seconds / 2), "-i", video, "-frames:v", "1", "-q:v", "3", output], ct);

    /// <summary>A JPEG grid of 10 evenly spaced frames (5×2), each 160 px wide.</summary>
    public static Task SpritesheetAsync(string video, double seconds, string output, CancellationToken ct) =>
        MediaTool.RunAsync("ffmpeg", [.. Quiet, "-i", video,
            "-vf", $"fps={S(10 / Math.Max(seconds, 0.1))},scale=160:-2,tile=5x2", "-frames:v", "1", "-q:v", "4", output], ct);

    /// <summary>Converts any still image ffmpeg understands into a PNG of the given size, or throws if it is not an image.</summary>
    public static Task NormalizeImageAsync(string input, int width, int height, string output, CancellationToken ct) =>
        MediaTool.RunAsync("ffmpeg", [.. Quiet, "-i", input, "-frames:v", "1",
            "-vf", $"scale={width}:{height}:force_original_aspect_ratio=decrease,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2", output], ct);

    private static string Wrap(string text, int columns)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length + word.Length + 1 > columns && line.Length > 0) { lines.Add(line); line = ""; }
            line = line.Length == 0 ? word : line + " " + word;
            if (lines.Count == 6) break;
        }
        if (line.Length > 0 && lines.Count < 6) lines.Add(line);
        // drawtext treats % and \ specially even in text files.
        return string.Join('\n', lines).Replace("\\", "\\\\").Replace("%", "\\%");
    }
}
