using Kino.Media;

namespace Kino.Watermark.Evaluation;

/// <summary>One transformation an uploader might apply, as ffmpeg arguments between the input and the output file.</summary>
public sealed record Attack(string Name, string Description, string[] Arguments, bool AudioOnly = false)
{
    public string Extension => AudioOnly ? ".m4a" : ".mp4";

    public Task ApplyAsync(string input, string output, CancellationToken ct) =>
        MediaTool.RunAsync("ffmpeg", ["-hide_banner", "-v", "error", "-y", "-i", input, .. Arguments, output], ct);
}

/// <summary>The attacks of the watermark issue. Picture attacks re-encode with x264 (CRF 23 unless the attack sets it) and keep the sound.</summary>
public static class Attacks
{
    private static string[] Video(string? filter, int crf = 23, string audio = "copy") =>
        [.. filter is null ? Array.Empty<string>() : ["-vf", filter], "-c:v", "libx264", "-preset", "veryfast", "-crf", crf.ToString(), "-c:a", audio];

    public static readonly Attack[] All =
    [
        new("none", "the marked file as published", ["-c", "copy"]),
        new("crf23", "H.264 re-encode, CRF 23", Video(null, 23)),
        new("crf28", "H.264 re-encode, CRF 28", Video(null, 28)),
        new("crf35", "H.264 re-encode, CRF 35", Video(null, 35)),
        new("downscale50", "downscale to 50 %", Video("scale=trunc(iw/4)*2:trunc(ih/4)*2")),
        new("crop10", "crop 10 % on each side", Video("crop=trunc(iw*0.4)*2:trunc(ih*0.4)*2:iw*0.1:ih*0.1")),
        new("brightness+20", "brightness +20 %", Video("lutyuv=y=val*1.2")),
        new("brightness-20", "brightness −20 %", Video("lutyuv=y=val*0.8")),
        new("contrast+20", "contrast +20 %", Video("eq=contrast=1.2")),
        new("contrast-20", "contrast −20 %", Video("eq=contrast=0.8")),
        new("fps30", "24 → 30 fps", Video("fps=30")),
        new("hflip", "horizontal flip", Video("hflip")),
        new("cut1s", "first second cut off (sound re-encoded too)", ["-ss", "1", .. Video(null, 23, audio: "aac")]),
        new("screen", "screen-recording-like: crop 10 % + downscale 50 % + CRF 28",
            Video("crop=trunc(iw*0.4)*2:trunc(ih*0.4)*2:iw*0.1:ih*0.1,scale=trunc(iw/4)*2:trunc(ih/4)*2", 28)),
        new("aac64", "audio only, AAC 64 kbit/s", ["-vn", "-c:a", "aac", "-b:a", "64k"], AudioOnly: true),
    ];
}
