using Kino.VideoDiffusion.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace Kino.VideoDiffusion.Sampling;

public enum SamplerKind { Ddim, DpmSolver2M }

/// <summary>How to sample: which solver, how many steps, how strongly to follow the prompt.</summary>
public sealed record SamplingOptions(SamplerKind Sampler = SamplerKind.DpmSolver2M, int Steps = 20, double Guidance = 3.0)
{
    public void Validate()
    {
        if (Steps is < 1 or > 1000) throw new ArgumentOutOfRangeException(nameof(Steps), Steps, "sampling steps must be 1..1000");
        if (Guidance is < 0 or > 30) throw new ArgumentOutOfRangeException(nameof(Guidance), Guidance, "guidance must be 0..30");
    }
}

/// <summary>
/// Deterministic samplers for a v-prediction model: DDIM (eta 0) and DPM-Solver++(2M), both on the data prediction,
/// with classifier-free guidance. Rows of a batch are independent: each row starts from its own seeded noise, so a
/// job's output does not depend on which other jobs shared its batch.
/// </summary>
public static class DiffusionSampler
{
    private static readonly Scalar MinusOne = -1.0;
    public sealed record Row(Tensor Conditioning, long[]? Tokens, ulong Seed);

    /// <summary>Samples every row; <paramref name="afterStep"/> gets the step just finished and returns rows still wanted (cancellation between steps).</summary>
    public static Tensor?[] Sample(VideoDenoiser model, IReadOnlyList<Row> rows, SamplingOptions options, Func<int, bool[]>? afterStep = null)
    {
        options.Validate();
        var config = model.Config;
        var results = new Tensor?[rows.Count];
        var active = Enumerable.Range(0, rows.Count).ToList();
        using var _ = no_grad();
        // Noise comes from CPU generators (the same on every device); the work runs where the model lives (CPU or CUDA).
        var device = model.parameters().First().device;
        var x = cat(rows.Select(r => randn([1, 3, config.Frames, config.Height, config.Width], generator: new Generator(r.Seed))).ToArray(), 0).to(device);
        var conditioning = cat(rows.Select(r => r.Conditioning).ToArray(), 0).to(device);
        Tensor? tokens = config.UsesText ? tensor(rows.SelectMany(r => r.Tokens!).ToArray(), [rows.Count, config.MaxTokens]).to(device) : null;
        Tensor? emptyTokens = config.UsesText ? tensor(Enumerable.Repeat(new Tokenizer(config.Vocabulary, config.MaxTokens).Encode(""), rows.Count).SelectMany(t => t).ToArray(), [rows.Count, config.MaxTokens]).to(device) : null;
        Tensor? previousData = null;
        double previousLambda = double.NaN;

        for (int i = 0; i < options.Steps && active.Count > 0; i++)
        {
            using var scope = NewDisposeScope();
            double t = 1.0 - (double)i / options.Steps, next = 1.0 - (double)(i + 1) / options.Steps;
            double alpha = NoiseSchedule.Alpha(t), sigma = NoiseSchedule.Sigma(t);
            double alphaNext = NoiseSchedule.Alpha(next), sigmaNext = NoiseSchedule.Sigma(next);
            var velocity = Velocity(model, x, t, conditioning, tokens, emptyTokens, options.Guidance);
            var data = Combine(alpha, x, -sigma, velocity);            // predicted clean video
            Tensor update = data;
            double lambda = Math.Log(alpha / sigma), lambdaNext = Math.Log(alphaNext / sigmaNext);
            if (options.Sampler == SamplerKind.DpmSolver2M && previousData is not null && double.IsFinite(previousLambda) && sigmaNext > 0)
            {
                double r = (lambda - previousLambda) / (lambdaNext - lambda);
                update = Combine(1 + 1 / (2 * r), data, -1 / (2 * r), previousData);
            }
            Tensor nextX;
            if (sigmaNext == 0) nextX = update;
            else if (options.Sampler == SamplerKind.Ddim)
            {
                var noise = Combine(1 / sigma, x, -alpha / sigma, data);
                nextX = Combine(alphaNext, data, sigmaNext, noise);
            }
            else
            {
                // x_next = (sigma_next / sigma) x - alpha_next (e^-h - 1) D, with e^-h = (alpha sigma_next) / (sigma alpha_next).
                double decay = alpha * sigmaNext / (sigma * alphaNext);
                nextX = Combine(sigmaNext / sigma, x, -alphaNext * (decay - 1), update);
            }
            previousData?.Dispose();
            previousData = data.MoveToOuterDisposeScope();
            previousLambda = lambda;
            x.Dispose();
            x = nextX.MoveToOuterDisposeScope();

            var keep = afterStep?.Invoke(i + 1);
            if (keep is not null && keep.Any(k => !k))
            {
                var kept = Enumerable.Range(0, active.Count).Where(k => keep[active[k]]).ToArray();
                active = kept.Select(k => active[k]).ToList();
                if (active.Count == 0) break;
                var index = tensor(kept.Select(k => (long)k).ToArray()).to(device);
                x = Take(x, index); conditioning = Take(conditioning, index); previousData = Take(previousData, index);
                if (tokens is not null) { tokens = Take(tokens, index); emptyTokens = Take(emptyTokens!, index); }
            }
        }
        for (int k = 0; k < active.Count; k++) results[active[k]] = x[k].unsqueeze(0).clamp(MinusOne, Layers.One).cpu().detach().clone();
        x.Dispose();
        previousData?.Dispose();
        return results;
    }

    private static Tensor Take(Tensor source, Tensor index)
    {
        var taken = source.index_select(0, index);
        source.Dispose();
        return taken;
    }

    private static Tensor Velocity(VideoDenoiser model, Tensor x, double t, Tensor conditioning, Tensor? tokens, Tensor? emptyTokens, double guidance)
    {
        long batch = x.shape[0];
        if (tokens is null || guidance == 1.0)
            return model.Predict(x, Times(t, batch, x.device), conditioning, model.EncodeText(tokens));
        // Conditional and unconditional in one forward pass.
        var both = model.Predict(cat([x, x], 0), Times(t, batch * 2, x.device), cat([conditioning, conditioning], 0), model.EncodeText(cat([tokens, emptyTokens!], 0)));
        var parts = both.chunk(2, 0);
        return Combine(1 - guidance, parts[1], guidance, parts[0]);
    }

    private static Tensor Times(double t, long batch, Device device) => tensor(Enumerable.Repeat((float)t, (int)batch).ToArray(), device: device);

    /// <summary>a x + b y, with Scalars held until the native call returns (implicit ones may be finalized mid-call).</summary>
    private static Tensor Combine(double a, Tensor x, double b, Tensor y)
    {
        using Scalar first = a, second = b;
        return x.mul(first).add_(y, alpha: second);
    }
}
