using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Kino.Cameo.Likeness;
using Kino.Media;

namespace Kino.Cameo;

/// <summary>
/// Offline commands beside the service: `benchmark` times what a cameo upload costs: finding faces in a photograph
/// (at the analysis width and larger) and the whole extraction from a short video (frames, faces, crop, voice).
/// </summary>
public static class CameoCommands
{
    public static readonly string[] Names = ["benchmark"];

    public static int Run(string[] args)
    {
        var photo = new Option<string>("--photo") { Required = true, Description = "a photograph with a face (PNG or JPEG)" };
        var video = new Option<string?>("--video") { Description = "a short video of a face that speaks, for the whole extraction" };
        var runs = new Option<int>("--runs") { DefaultValueFactory = _ => 7 };
        var benchmark = new Command("benchmark", "Time face detection and likeness extraction") { photo, video, runs };
        benchmark.SetAction(async (parsed, ct) =>
        {
            var detector = FaceDetector.Load();
            var results = new List<object>();
            foreach (int width in new[] { 256, 320, 512 })
            {
                var frames = await MediaInfo.ReadFramesAsync(parsed.GetValue(photo)!, "gray", width, width, 1, ct);
                var times = new List<double>();
                int faces = 0;
                for (int r = 0; r < parsed.GetValue(runs) + 1; r++)
                {
                    var clock = Stopwatch.StartNew();
                    faces = detector.Detect(frames[0], width, width).Count;
                    if (r > 0) times.Add(clock.Elapsed.TotalMilliseconds);   // the first run warms the JIT up
                }
                times.Sort();
                results.Add(new { detect = $"{width}x{width}", faces, median_ms = Math.Round(times[times.Count / 2], 1), slowest_ms = Math.Round(times[^1], 1) });
            }
            if (parsed.GetValue(video) is { } clip)
            {
                var extractor = new LikenessExtractor(detector, new CameoOptions());
                var times = new List<double>();
                for (int r = 0; r < parsed.GetValue(runs); r++)
                {
                    var work = Directory.CreateTempSubdirectory("kino-cameo-bench-");
                    var clock = Stopwatch.StartNew();
                    await extractor.ExtractAsync(clip, null, work.FullName, ct);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    work.Delete(recursive: true);
                }
                times.Sort();
                results.Add(new { extract = Path.GetFileName(clip), median_ms = Math.Round(times[times.Count / 2]), slowest_ms = Math.Round(times[^1]) });
            }
            foreach (var result in results) Console.WriteLine(JsonSerializer.Serialize(result));
        });
        return new RootCommand("Kino cameo: offline commands") { benchmark }.Parse(args).Invoke();
    }
}
