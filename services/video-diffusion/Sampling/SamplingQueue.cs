using System.Threading.Channels;
using Kino.VideoDiffusion.Model;
using Microsoft.Extensions.Logging;
using static TorchSharp.torch;

namespace Kino.VideoDiffusion.Sampling;

/// <summary>
/// Runs every sampling call of this process on one worker thread and batches calls that arrive together for the
/// same model and settings: concurrent jobs share each forward pass. A cancelled job leaves its batch between steps.
/// </summary>
public sealed class SamplingQueue : IDisposable
{
    public sealed record Request(VideoDenoiser Model, DiffusionSampler.Row Row, SamplingOptions Options, IProgress<int>? Progress, CancellationToken Cancel);

    private sealed record Pending(Request Request, TaskCompletionSource<Tensor> Result);

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>();
    private readonly Thread worker;
    private readonly int maxBatch;
    private readonly TimeSpan gatherWindow;
    private readonly ILogger? logger;

    public SamplingQueue(int maxBatch = 4, TimeSpan? gatherWindow = null, ILogger? logger = null)
    {
        this.maxBatch = maxBatch;
        this.gatherWindow = gatherWindow ?? TimeSpan.FromMilliseconds(40);
        this.logger = logger;
        worker = new Thread(Work) { IsBackground = true, Name = "kino-sampling" };
        worker.Start();
    }

    /// <summary>The largest batch formed so far (for tests and metrics).</summary>
    public int LargestBatch { get; private set; }

    public Task<Tensor> SampleAsync(Request request)
    {
        var pending = new Pending(request, new TaskCompletionSource<Tensor>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending)) pending.Result.SetException(new ObjectDisposedException(nameof(SamplingQueue)));
        return pending.Result.Task;
    }

    private void Work()
    {
        var reader = queue.Reader;
        var held = new List<Pending>();
        while (true)
        {
            if (held.Count == 0)
            {
                if (!reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult()) return;
            }
            // Gather what arrives within a short window, then run the first request's compatible group.
            var deadline = DateTime.UtcNow + gatherWindow;
            while (held.Count < maxBatch * 4)
            {
                while (reader.TryRead(out var item)) held.Add(item);
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero) break;
                Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(5, left.TotalMilliseconds)));
            }
            held.RemoveAll(p => { if (!p.Request.Cancel.IsCancellationRequested) return false; p.Result.TrySetCanceled(p.Request.Cancel); return true; });
            if (held.Count == 0) continue;
            var first = held[0].Request;
            var group = held.Where(p => ReferenceEquals(p.Request.Model, first.Model) && p.Request.Options == first.Options).Take(maxBatch).ToList();
            foreach (var p in group) held.Remove(p);
            Run(group);
        }
    }

    private void Run(List<Pending> group)
    {
        LargestBatch = Math.Max(LargestBatch, group.Count);
        try
        {
            var results = DiffusionSampler.Sample(group[0].Request.Model, group.Select(p => p.Request.Row).ToList(), group[0].Request.Options, step =>
            {
                foreach (var p in group) p.Request.Progress?.Report(step);
                return group.Select(p => !p.Request.Cancel.IsCancellationRequested).ToArray();
            });
            for (int i = 0; i < group.Count; i++)
            {
                if (results[i] is { } video) group[i].Result.TrySetResult(video);
                else group[i].Result.TrySetCanceled(group[i].Request.Cancel);
            }
        }
        catch (Exception e)
        {
            logger?.LogError(e, "sampling a batch of {Count} failed", group.Count);
            foreach (var p in group) p.Result.TrySetException(e);
        }
    }

    public void Dispose()
    {
        queue.Writer.TryComplete();
        worker.Join(TimeSpan.FromSeconds(30));
    }
}
