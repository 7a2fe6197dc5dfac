using Kino.Media;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CliWrap;
using CliWrap.Buffered;

namespace Kino.Watermark.Evaluation;

/// <summary>Per attack, over all clips: raw coded-bit accuracy and detection rate of each mark, and of the combined verdict.</summary>
public sealed record AttackResult(string Attack, string Description, int Clips, double? VideoBitAccuracy, double? VideoDetectionRate,
    double? AudioBitAccuracy, double? AudioDetectionRate, double DetectionRate);

/// <summary>Marked against original (invisible marks only): luma PSNR and SSIM, and the sound's signal-to-mark ratio.</summary>
public sealed record MarkQuality(double PsnrY, double SsimY, double AudioSignalToMarkDb);

public sealed record RobustnessReport(int Clips, MarkQuality Quality, double EmbedFramesPerSecond, IReadOnlyList<AttackResult> Attacks);

/// <summary>
/// Marks each clip with a random key (no visible mark, so quality measures the invisible marks alone), applies every
/// attack with ffmpeg, reads the result, and compares with the key. A detection is the right key below the
/// false-positive threshold; a wrong key would count as a miss (none has been seen).
/// </summary>
public static class RobustnessBenchmark
{
    /// <param name="keySeed">Seeds the clips' keys (CI, reproducible); null draws them at random (benchmarks).</param>
    public static async Task<RobustnessReport> RunAsync(WatermarkEngine engine, IReadOnlyList<string> clips, IReadOnlyList<Attack> attacks, string folder,
        double maxFalsePositiveProbability, TextWriter log, CancellationToken ct, int? keySeed = null)
    {
        var seeded = keySeed is { } s ? new Random(s) : null;
        var rows = attacks.ToDictionary(a => a.Name, _ => new List<(double? VideoBits, bool? Video, double? AudioBits, bool? Audio, bool Any)>());
        var quality = new List<MarkQuality>();
        double embedSeconds = 0, embedFrames = 0;
        for (int c = 0; c < clips.Count; c++)
        {
            var key = seeded is null ? BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)) : (ulong)seeded.NextInt64();
            var marked = Path.Combine(folder, $"marked-{c}.mp4");
            var clock = Stopwatch.StartNew();
            await engine.EmbedAsync(clips[c], marked, key, null, ct);
            embedSeconds += clock.Elapsed.TotalSeconds;
            var info = await Kino.Media.MediaProbe.ReadAsync(marked, ct);
            embedFrames += info.Seconds * info.FramesPerSecond;
            quality.Add(await QualityAsync(engine, clips[c], marked, key, ct));
            foreach (var attack in attacks)
            {
                var attacked = Path.Combine(folder, $"attacked-{c}-{attack.Name}{attack.Extension}");
                await attack.ApplyAsync(marked, attacked, ct);
                var reading = await engine.ReadAsync(attacked, 12, ct);
                bool Detected(ModalityResult? m) => m is { Decoded: true } && m.Key == key && m.FalsePositiveProbability <= maxFalsePositiveProbability;
                rows[attack.Name].Add((reading.Video is { } v ? engine.BitAccuracy(v.SoftBits, key) : null, reading.Video is null ? null : Detected(reading.Video),
                    reading.Audio is { } a ? engine.BitAccuracy(a.SoftBits, key) : null, reading.Audio is null ? null : Detected(reading.Audio),
                    reading.Key == key && reading.FalsePositiveProbability <= maxFalsePositiveProbability));
                File.Delete(attacked);
            }
            File.Delete(marked);
            log.WriteLine($"clip {c + 1}/{clips.Count} done");
        }
        static double? Mean(IEnumerable<double?> values) => values.Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(double.NaN).Average() is var m && double.IsNaN(m) ? null : Math.Round(m, 4);
        static double? Rate(IEnumerable<bool?> values) => Mean(values.Select(v => v is null ? (double?)null : v.Value ? 1 : 0));
        var results = attacks.Select(a =>
        {
            var r = rows[a.Name];
            return new AttackResult(a.Name, a.Description, r.Count, Mean(r.Select(x => x.VideoBits)), Rate(r.Select(x => x.Video)),
                Mean(r.Select(x => x.AudioBits)), Rate(r.Select(x => x.Audio)), Rate(r.Select(x => (bool?)x.Any)) ?? 0);
        }).ToList();
        var averageQuality = new MarkQuality(Math.Round(quality.Average(q => q.PsnrY), 2), Math.Round(quality.Average(q => q.SsimY), 4), Math.Round(quality.Average(q => q.AudioSignalToMarkDb), 1));
        return new RobustnessReport(clips.Count, averageQuality, Math.Round(embedFrames / embedSeconds, 1), results);
    }

    /// <summary>PSNR and SSIM of the luma (ffmpeg's filters, marked and re-encoded against the input), and the sound's power over the mark's.</summary>
    public static async Task<MarkQuality> QualityAsync(WatermarkEngine engine, string original, string marked, ulong key, CancellationToken ct)
    {
        async Task<double> Measure(string filter, string pattern)
        {
            var result = await Cli.Wrap("ffmpeg").WithArguments(["-hide_banner", "-i", marked, "-i", original, "-lavfi", $"[0:v][1:v]{filter}", "-f", "null", "-"])
                .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(ct);
            var match = Regex.Match(result.StandardError, pattern);
            return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
        }
        double psnr = await Measure("psnr", @"PSNR y:([0-9.]+|inf)");
        double ssim = await Measure("ssim", @"SSIM Y:([0-9.]+)");
        // The sound: what marking adds, against the sound itself (exactly, before AAC re-encoding adds its own noise).
        var mono = await MediaInfo.ReadSamplesAsync(original, 1, Audio.AudioPattern.SampleRate, ct);
        var markedMono = (float[])mono.Clone();
        engine.MarkAudio(markedMono, 1, key);
        double signal = 0, mark = 0;
        for (int i = 0; i < mono.Length; i++) { signal += mono[i] * mono[i]; mark += (markedMono[i] - mono[i]) * (markedMono[i] - mono[i]); }
        return new MarkQuality(psnr, ssim, 10 * Math.Log10(signal / Math.Max(mark, 1e-12)));
    }
}
