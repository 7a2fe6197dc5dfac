using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Kino.Contracts;
using Kino.LipSync.Faces;
using Kino.Media;

namespace Kino.LipSync;

/// <summary>`benchmark`: the lip-sync stage's cost per frame on a clip of the given size (a moving disc, a speech-like track).</summary>
public static class LipSyncCommands
{
    public static readonly string[] Names = ["benchmark"];

    public static int Run(string[] args)
    {
        var size = new Option<string>("--size") { DefaultValueFactory = _ => "720x1280" };
        var seconds = new Option<int>("--seconds") { DefaultValueFactory = _ => 4 };
        var runs = new Option<int>("--runs") { DefaultValueFactory = _ => 3 };
        var benchmark = new Command("benchmark", "Time tracking, drawing, encoding and the sync metric per frame") { size, seconds, runs };
        benchmark.SetAction(async (parsed, ct) =>
        {
            var folder = Directory.CreateTempSubdirectory("kino-lipsync-bench-").FullName;
            try
            {
                var (w, h) = (parsed.GetValue(size)!.Split('x').Select(int.Parse).First(), parsed.GetValue(size)!.Split('x').Select(int.Parse).Last());
                int length = parsed.GetValue(seconds);
                string frames = Path.Combine(folder, "frames.mp4"), audio = Path.Combine(folder, "audio.wav");
                await MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", $"color=c=0x304050:s={w}x{h}:r=24:d={length}",
                    "-f", "lavfi", "-i", $"color=c=0xd03020:s={w / 3}x{w / 3}:r=24:d={length}", "-filter_complex", $"[0][1]overlay=x='{w / 6}+{w / 10}*t':y={h / 3}",
                    "-c:v", "libx264", "-pix_fmt", "yuv420p", frames], ct);
                // Speech-like sound and a phoneme every 90 ms through the vowels and closures.
                await MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", $"sine=f=180:d={length},volume='0.5+0.5*sin(2*PI*5.5*t)':eval=frame", audio], ct);
                string[] cycle = ["m", "a", "p", "i", "s", "o", "b", "u", "t", "E"];
                var phonemes = Enumerable.Range(0, (int)(length / 0.09)).Select(i => new PhonemeTiming(cycle[i % cycle.Length], i * 0.09, (i + 1) * 0.09)).ToList();
                var times = new List<double>();
                for (int r = 0; r <= parsed.GetValue(runs); r++)
                {
                    var clock = Stopwatch.StartNew();
                    await TalkingFaceRenderer.RenderAsync(frames, audio, phonemes, length, Path.Combine(folder, "out.mp4"), ct);
                    if (r > 0) times.Add(clock.Elapsed.TotalMilliseconds);   // run 0 warms up
                }
                times.Sort();
                int count = length * 24;
                Console.WriteLine(JsonSerializer.Serialize(new { size = $"{w}x{h}", frames = count, median_ms = Math.Round(times[times.Count / 2]),
                    ms_per_frame = Math.Round(times[times.Count / 2] / count, 1), frames_per_second = Math.Round(count / (times[times.Count / 2] / 1000), 1) }));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        });
        return new RootCommand("Kino lip-sync: offline commands") { benchmark }.Parse(args).Invoke();
    }
}
