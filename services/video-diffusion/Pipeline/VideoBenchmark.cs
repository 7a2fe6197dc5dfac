using System.Diagnostics;
using Kino.VideoDiffusion.Sampling;

namespace Kino.VideoDiffusion.Pipeline;

public sealed record BenchmarkRun(double BaseMs, double SuperResolutionMs, double ResampleMs, double TotalMs);

public sealed record BenchmarkReport(string Size, int Seconds, SamplingOptions Sampling, int Threads, IReadOnlyList<BenchmarkRun> Runs,
    BenchmarkRun Median, long PeakWorkingSetMb);

/// <summary>Times the model stages and the classical resampling separately for one clip size, after a warm-up run.</summary>
public static class VideoBenchmark
{
    public static async Task<BenchmarkReport> RunAsync(VideoPipeline pipeline, int width, int height, int seconds, SamplingOptions sampling, int runs, TextWriter log, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("kino-bench-").FullName;
        try
        {
            var results = new List<BenchmarkRun>();
            for (int i = 0; i <= runs; i++)
            {
                var request = new GenerationRequest(ShotPlanner.Plan("A red circle bounces at night", seconds, 1 / pipeline.Fps), (ulong)(i + 1), sampling);
                var clock = Stopwatch.StartNew();
                var frames = await pipeline.GenerateAsync(request, null, ct);
                var encode = Stopwatch.StartNew();
                await FrameIO.EncodeAsync(frames.Frames, frames.Count, frames.Size, frames.Fps, width, height, 24, seconds, Path.Combine(folder, $"run{i}.mp4"), ct);
                var run = new BenchmarkRun(Math.Round(frames.BaseMs), Math.Round(frames.SuperResolutionMs), Math.Round(encode.Elapsed.TotalMilliseconds), Math.Round(clock.Elapsed.TotalMilliseconds));
                log.WriteLine(i == 0 ? $"warm-up: {run}" : $"run {i}: {run}");
                if (i > 0) results.Add(run);
            }
            BenchmarkRun Median(Func<BenchmarkRun, double> pick) => results.OrderBy(pick).ElementAt(results.Count / 2);
            var median = new BenchmarkRun(Median(r => r.BaseMs).BaseMs, Median(r => r.SuperResolutionMs).SuperResolutionMs,
                Median(r => r.ResampleMs).ResampleMs, Median(r => r.TotalMs).TotalMs);
            return new BenchmarkReport($"{width}x{height}", seconds, sampling, TorchSharp.torch.get_num_threads(), results, median,
                Process.GetCurrentProcess().PeakWorkingSet64 / 1048576);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
