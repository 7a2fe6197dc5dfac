using System.Diagnostics;
using Kino.VideoDiffusion.Model;
using Kino.VideoDiffusion.Sampling;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace Kino.VideoDiffusion.Pipeline;

/// <summary>What to generate. Frames are planar [3, n, S, S] floats at the base model's size and frame rate.</summary>
public sealed record GenerationRequest(IReadOnlyList<Shot> Shots, ulong Seed, SamplingOptions Sampling, float[]? FirstFrame = null, float[]? PreviousFrames = null);

/// <summary>The generated picture at the super-resolution size, plus the base video and how long each stage took.</summary>
public sealed record GeneratedFrames(float[] Frames, int Count, int Size, double Fps, float[] BaseFrames, int BaseSize, double BaseMs, double SuperResolutionMs);

/// <summary>
/// The cascade: the base model draws each shot window by window (later windows continue from the last frames of
/// the one before), then the super-resolution model lifts every 8-frame chunk to its size. Every sampling call goes
/// through the shared <see cref="SamplingQueue"/>, so concurrent jobs are batched.
/// </summary>
public sealed class VideoPipeline(VideoDenoiser baseModel, VideoDenoiser superResolution, SamplingQueue queue)
{
    public const int ContinuationFrames = 2;
    public static readonly SamplingOptions SuperResolutionSampling = new(SamplerKind.Ddim, Steps: 8, Guidance: 1);

    private readonly Tokenizer tokenizer = new(baseModel.Config.Vocabulary, baseModel.Config.MaxTokens);

    public VideoModelConfig Base => baseModel.Config;
    public VideoModelConfig SuperResolution => superResolution.Config;
    public double Fps => Base.Frames / Base.WindowSeconds;

    /// <summary>Base windows and super-resolution chunks a request needs: the denominator of progress.</summary>
    public int TotalSteps(GenerationRequest request) =>
        Windows(request).Sum(w => w.Count) * request.Sampling.Steps + (int)Math.Ceiling(TotalFrames(request) / (double)SuperResolution.Frames) * SuperResolutionSampling.Steps;

    public async Task<GeneratedFrames> GenerateAsync(GenerationRequest request, IProgress<int>? steps, CancellationToken ct)
    {
        int size = Base.Height, window = Base.Frames;
        int done = 0;
        var progress = new Progress<int>(_ => steps?.Report(Interlocked.Increment(ref done)));
        var clock = Stopwatch.StartNew();
        var frames = new List<float[]>();   // one planar frame [3, 1, S, S] each
        float[]? known = request.PreviousFrames;
        int shotIndex = 0;
        foreach (var (shot, windows) in request.Shots.Zip(Windows(request)))
        {
            int needed = FramesOf(shot), made = 0;
            var tokens = tokenizer.Encode(shot.Prompt);
            for (int w = 0; w < windows.Count; w++)
            {
                // The first shot may start from the input image or the video being extended; later windows continue the last frames.
                float[]? context = w > 0 ? Join(frames.TakeLast(ContinuationFrames).ToList()) : shotIndex == 0 ? known ?? request.FirstFrame : null;
                int contextCount = context is null ? 0 : context.Length / (3 * size * size);
                using var conditioning = Conditioning(context, contextCount, window, size);
                var row = new DiffusionSampler.Row(conditioning, tokens, request.Seed + (ulong)w * 7919UL);
                using var video = await queue.SampleAsync(new SamplingQueue.Request(baseModel, row, request.Sampling, progress, ct));
                var planar = video.cpu().data<float>().ToArray();
                // A user's image is the video's first frame, exactly; frames continued from another video are not repeated.
                bool startsFromImage = w == 0 && shotIndex == 0 && known is null && request.FirstFrame is not null;
                if (startsFromImage) { frames.Add(request.FirstFrame!); made++; }
                for (int f = contextCount; f < window && made < needed; f++, made++) frames.Add(Slice(planar, f, window, size));
            }
            shotIndex++;
        }
        double baseMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var high = await SuperResolveAsync(frames, request.Seed, progress, ct);
        return new GeneratedFrames(high, frames.Count, SuperResolution.Height, Fps, Join(frames), size, baseMs, clock.Elapsed.TotalMilliseconds);
    }

    private async Task<float[]> SuperResolveAsync(List<float[]> frames, ulong seed, IProgress<int> progress, CancellationToken ct)
    {
        int chunk = SuperResolution.Frames, low = Base.Height, high = SuperResolution.Height;
        var output = new List<float[]>();
        for (int start = 0; start < frames.Count; start += chunk)
        {
            // Pad the last chunk by holding its final frame.
            var part = Enumerable.Range(start, chunk).Select(i => frames[Math.Min(i, frames.Count - 1)]).ToList();
            using var lowVideo = tensor(Join(part), [1, 3, chunk, low, low]);
            using var upsampled = F.interpolate(lowVideo, size: [chunk, high, high], mode: InterpolationMode.Trilinear, align_corners: false);
            var row = new DiffusionSampler.Row(upsampled, null, seed ^ 0x5EEDUL);
            using var video = await queue.SampleAsync(new SamplingQueue.Request(superResolution, row, SuperResolutionSampling, progress, ct));
            var planar = video.cpu().data<float>().ToArray();
            for (int f = 0; f < Math.Min(chunk, frames.Count - start); f++) output.Add(Slice(planar, f, chunk, high));
        }
        return Join(output);
    }

    private IEnumerable<List<int>> Windows(GenerationRequest request)
    {
        int window = Base.Frames;
        for (int s = 0; s < request.Shots.Count; s++)
        {
            int needed = FramesOf(request.Shots[s]);
            bool continues = s == 0 && request.PreviousFrames is not null;
            int first = continues ? window - ContinuationFrames : window;
            int count = 1 + (int)Math.Ceiling(Math.Max(0, needed - first) / (double)(window - ContinuationFrames));
            yield return Enumerable.Range(0, count).ToList();
        }
    }

    private int TotalFrames(GenerationRequest request) => request.Shots.Sum(FramesOf);

    private int FramesOf(Shot shot) => (int)Math.Round(shot.Seconds * Fps);

    /// <summary>[1, 4, T, S, S]: the known frames' pixels (zero elsewhere) and a mask of which frames are known.</summary>
    private static Tensor Conditioning(float[]? context, int count, int window, int size)
    {
        var pixels = zeros([1, 3, window, size, size]);
        var mask = zeros([1, 1, window, size, size]);
        if (context is not null && count > 0)
        {
            int use = Math.Min(count, window - 1);
            using var known = tensor(context, [1, 3, count, size, size]);
            pixels[.., .., ..use] = known[.., .., (count - use)..];
            mask[.., .., ..use].fill_(Layers.One);
        }
        var result = cat([pixels, mask], 1);
        pixels.Dispose();
        mask.Dispose();
        return result;
    }

    private static float[] Slice(float[] planar, int frame, int frames, int size)
    {
        int plane = size * size, channel = frames * plane;
        var result = new float[3 * plane];
        for (int c = 0; c < 3; c++) Array.Copy(planar, c * channel + frame * plane, result, c * plane, plane);
        return result;
    }

    /// <summary>Single planar frames [3, 1, S, S] joined along time into [3, n, S, S].</summary>
    public static float[] Join(IReadOnlyList<float[]> frames)
    {
        if (frames.Count == 0) return [];
        int plane = frames[0].Length / 3, n = frames.Count;
        var result = new float[3 * n * plane];
        for (int f = 0; f < n; f++)
            for (int c = 0; c < 3; c++) Array.Copy(frames[f], c * plane, result, c * n * plane + f * plane, plane);
        return result;
    }
}
