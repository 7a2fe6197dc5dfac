using System.Globalization;
using Kino.Media;
using Kino.Watermark.Payload;

namespace Kino.Watermark.Evaluation;

/// <summary>
/// How often unmarked material yields a detection. Trials: random windows (0.5 s to the whole clip) and random crops
/// (50–100 % per side) of each unmarked clip's picture, and random windows (one period to the whole track) of its sound,
/// each read as a clip would be.
/// </summary>
public sealed record FalsePositiveReport(int Clips, int VideoTrials, int AudioTrials, int VideoDecodes, int AudioDecodes, int FalseDetections,
    double MaxVideoSyncScore, double MaxAudioSyncScore, double AnalyticPerReading, double UpperBound95PerTrial);

public static class FalsePositiveBenchmark
{
    public static async Task<FalsePositiveReport> RunAsync(WatermarkEngine engine, IReadOnlyList<string> clips, int videoTrialsPerClip, int audioTrialsPerClip,
        double maxFalsePositiveProbability, int seed, TextWriter log, CancellationToken ct)
    {
        var random = new Random(seed);
        int videoTrials = 0, audioTrials = 0, videoDecodes = 0, audioDecodes = 0, falseDetections = 0;
        double maxVideo = 0, maxAudio = 0;
        foreach (var clip in clips)
        {
            var info = await MediaProbe.ReadAsync(clip, ct);
            var frames = new List<byte[]>();
            await WatermarkEngine.ForEachLumaFrameAsync(clip, info, "6", frame => frames.Add((byte[])frame.Clone()), ct);
            // Prefix sums over frames make any window's mean cheap.
            var prefix = new float[frames.Count + 1][];
            prefix[0] = new float[info.Width * info.Height];
            for (int f = 0; f < frames.Count; f++)
            {
                prefix[f + 1] = (float[])prefix[f].Clone();
                for (int i = 0; i < frames[f].Length; i++) prefix[f + 1][i] += frames[f][i];
            }
            for (int t = 0; t < videoTrialsPerClip; t++)
            {
                int length = random.Next(Math.Min(12, frames.Count), frames.Count + 1), start = random.Next(0, frames.Count - length + 1);
                int w = random.Next(info.Width / 2, info.Width + 1) & ~1, h = random.Next(info.Height / 2, info.Height + 1) & ~1;
                int x0 = random.Next(0, info.Width - w + 1), y0 = random.Next(0, info.Height - h + 1);
                var mean = new float[w * h];
                for (int y = 0; y < h; y++)
                    for (int x = 0; x < w; x++)
                    {
                        int i = (y0 + y) * info.Width + x0 + x;
                        mean[y * w + x] = (prefix[start + length][i] - prefix[start][i]) / length;
                    }
                var result = engine.ReadLuma(mean, w, h);
                videoTrials++;
                if (result is null) continue;
                maxVideo = Math.Max(maxVideo, result.SyncScore);
                if (result.Decoded) videoDecodes++;
                if (result.Decoded && result.FalsePositiveProbability <= maxFalsePositiveProbability) falseDetections++;
            }
            var mono = await MediaInfo.ReadSamplesAsync(clip, 1, Audio.AudioPattern.SampleRate, ct, 12);
            for (int t = 0; t < audioTrialsPerClip && mono.Length > Audio.AudioPattern.Period; t++)
            {
                int length = random.Next(Audio.AudioPattern.Period, mono.Length + 1), start = random.Next(0, mono.Length - length + 1);
                var result = engine.ReadAudio(mono[start..(start + length)]);
                audioTrials++;
                if (result is null) continue;
                maxAudio = Math.Max(maxAudio, result.SyncScore);
                if (result.Decoded) audioDecodes++;
                if (result.Decoded && result.FalsePositiveProbability <= maxFalsePositiveProbability) falseDetections++;
            }
            log.WriteLine($"{Path.GetFileName(clip)}: {videoTrials} video and {audioTrials} audio trials so far, {videoDecodes + audioDecodes} decodes, {falseDetections} false detections");
        }
        int trials = videoTrials + audioTrials;
        // With no false detection in n trials, the one-sided 95 % upper bound on the rate is 1 − 0.05^(1/n) (≈ 3/n).
        double upper = falseDetections == 0 ? 1 - Math.Pow(0.05, 1.0 / trials) : double.NaN;
        return new FalsePositiveReport(clips.Count, videoTrials, audioTrials, videoDecodes, audioDecodes, falseDetections,
            Math.Round(maxVideo, 2), Math.Round(maxAudio, 2), WatermarkCode.RandomWordDecodes(WatermarkCode.ParityBytes / 2), upper);
    }
}
