using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kino.Watermark;

/// <summary>
/// Offline commands beside the service: `embed` marks a file with a key, `read` prints what the detector finds.
/// The secret comes from --secret or KINO_WATERMARK_SECRET, as the service's does from configuration.
/// </summary>
public static class WatermarkCommands
{
    public static readonly string[] Names = ["embed", "read", "benchmark"];

    public static int Run(string[] args)
    {
        var secret = new Option<string>("--secret") { DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KINO_WATERMARK_SECRET") ?? "kino-development-watermark-secret" };
        var input = new Argument<string>("input");
        var output = new Argument<string>("output");
        var key = new Option<string>("--key") { Description = "the 64-bit key, hex", DefaultValueFactory = _ => "0123456789abcdef" };
        var visible = new Option<string?>("--visible") { Description = "draw the visible mark with this handle" };
        var amplitude = new Option<double>("--amplitude") { DefaultValueFactory = _ => new MarkSettings().LumaAmplitude };
        var audioStrength = new Option<double>("--audio-strength") { DefaultValueFactory = _ => new MarkSettings().AudioStrength };
        var embed = new Command("embed", "Embed the invisible marks (and optionally the visible one)") { input, output, key, visible, secret, amplitude, audioStrength };
        embed.SetAction(async (parsed, ct) =>
        {
            var engine = new WatermarkEngine(Encoding.UTF8.GetBytes(parsed.GetValue(secret)!),
                new MarkSettings(parsed.GetValue(amplitude), parsed.GetValue(audioStrength)));
            var clock = Stopwatch.StartNew();
            var filter = parsed.GetValue(visible) is { } handle ? Visible.VisibleMark.Filter(handle) : null;
            await engine.EmbedAsync(parsed.GetValue(input)!, parsed.GetValue(output)!, ulong.Parse(parsed.GetValue(key)!, NumberStyles.HexNumber), filter, ct);
            Console.Error.WriteLine($"embedded in {clock.Elapsed.TotalMilliseconds:F0} ms");
        });

        var file = new Argument<string>("file");
        var seconds = new Option<double>("--seconds") { DefaultValueFactory = _ => 12 };
        var read = new Command("read", "Print what the detector finds in a file, as JSON") { file, secret, seconds, key };
        read.SetAction(async (parsed, ct) =>
        {
            var engine = new WatermarkEngine(Encoding.UTF8.GetBytes(parsed.GetValue(secret)!));
            var clock = Stopwatch.StartNew();
            var reading = await engine.ReadAsync(parsed.GetValue(file)!, parsed.GetValue(seconds), ct);
            var expected = ulong.Parse(parsed.GetValue(key)!, NumberStyles.HexNumber);
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                key = reading.Key?.ToString("x16"),
                reading.Confidence,
                reading.FalsePositiveProbability,
                video = reading.Video is { } v ? new { v.Decoded, key = v.Key?.ToString("x16"), v.SyncScore, v.FalsePositiveProbability, bit_accuracy_vs_key = engine.BitAccuracy(v.SoftBits, expected) } : null,
                audio = reading.Audio is { } a ? new { a.Decoded, key = a.Key?.ToString("x16"), a.SyncScore, a.FalsePositiveProbability, bit_accuracy_vs_key = engine.BitAccuracy(a.SoftBits, expected) } : null,
                ms = clock.Elapsed.TotalMilliseconds,
            }));
        });
        var marked = new Option<string[]>("--marked") { Description = "clips to mark and attack", AllowMultipleArgumentsPerToken = true };
        var unmarked = new Option<string[]>("--unmarked") { Description = "clips that were never marked (false positives)", AllowMultipleArgumentsPerToken = true };
        var attackNames = new Option<string[]>("--attacks") { Description = "attack names (default: all)", AllowMultipleArgumentsPerToken = true };
        var videoTrials = new Option<int>("--video-trials") { Description = "false-positive trials per unmarked clip, picture", DefaultValueFactory = _ => 50 };
        var audioTrials = new Option<int>("--audio-trials") { Description = "false-positive trials per unmarked clip, sound", DefaultValueFactory = _ => 200 };
        var report = new Option<string?>("--report") { Description = "write the JSON report here too" };
        var benchmark = new Command("benchmark", "Robustness (attacks on marked clips) and false positives (unmarked clips), as JSON")
            { marked, unmarked, attackNames, videoTrials, audioTrials, report, secret };
        benchmark.SetAction(async (parsed, ct) =>
        {
            var engine = new WatermarkEngine(Encoding.UTF8.GetBytes(parsed.GetValue(secret)!));
            var threshold = new WatermarkOptions().MaxFalsePositiveProbability;
            var chosen = parsed.GetValue(attackNames) is { Length: > 0 } names ? Evaluation.Attacks.All.Where(a => names.Contains(a.Name)).ToArray() : Evaluation.Attacks.All;
            var folder = Directory.CreateTempSubdirectory("kino-wm-bench-").FullName;
            try
            {
                var clock = Stopwatch.StartNew();
                var robustness = parsed.GetValue(marked) is { Length: > 0 } clips
                    ? await Evaluation.RobustnessBenchmark.RunAsync(engine, clips, chosen, folder, threshold, Console.Error, ct) : null;
                var robustnessSeconds = clock.Elapsed.TotalSeconds;
                clock.Restart();
                var falsePositives = parsed.GetValue(unmarked) is { Length: > 0 } negatives
                    ? await Evaluation.FalsePositiveBenchmark.RunAsync(engine, negatives, parsed.GetValue(videoTrials), parsed.GetValue(audioTrials), threshold, 1, Console.Error, ct) : null;
                var json = JsonSerializer.Serialize(new { robustness, robustness_seconds = Math.Round(robustnessSeconds), false_positives = falsePositives,
                    false_positive_seconds = Math.Round(clock.Elapsed.TotalSeconds), threshold }, new JsonSerializerOptions { WriteIndented = true });
                Console.WriteLine(json);
                if (parsed.GetValue(report) is { } path) await File.WriteAllTextAsync(path, json, ct);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        });
        return new RootCommand("Kino watermark: offline commands") { embed, read, benchmark }.Parse(args).Invoke();
    }
}
