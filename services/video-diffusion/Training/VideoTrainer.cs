using System.Diagnostics;
using System.Runtime.InteropServices;
using Kino.VideoDiffusion.Model;
using Kino.VideoDiffusion.World;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace Kino.VideoDiffusion.Training;

public sealed record TrainingOptions(string Stage, long Steps, bool Resume, string WeightsDirectory, string StateDirectory,
    int BatchSize = 8, double LearningRate = 1e-3, int ChunkSteps = 100, int Seed = 1234, int Threads = 0, long? ForSteps = null);

/// <summary>
/// Trains one stage of the video model. Saves a resumable state (raw weights, EMA weights, AdamW moments, step)
/// every chunk and on SIGINT/SIGTERM, and exports the EMA weights with their config as the shipped checkpoint.
/// </summary>
public sealed class VideoTrainer(TrainingOptions options, TextWriter log)
{
    public const double EmaDecay = 0.998;

    public static VideoModelConfig DefaultConfig(string stage) => stage switch
    {
        Checkpoint.Base => new VideoModelConfig
        {
            Stage = Checkpoint.Base, Frames = 8, Height = 32, Width = 32, WindowSeconds = ClipSampler.WindowSeconds,
            Channels = [32, 64, 96], AttentionLevels = [1, 2], ConditionDim = 128,
            TextDim = 64, TextLayers = 2, TextHeads = 4, MaxTokens = 24,
            Vocabulary = [.. Tokenizer.Specials, .. Captions.Words()],
        },
        Checkpoint.SuperResolution => new VideoModelConfig
        {
            Stage = Checkpoint.SuperResolution, Frames = 8, Height = 64, Width = 64, WindowSeconds = ClipSampler.WindowSeconds,
            Channels = [24, 48, 64], ConditionDim = 64,
        },
        _ => throw new ArgumentException($"unknown stage '{stage}' (base, super_resolution)"),
    };

    public int Run(CancellationToken cancel)
    {
        if (options.Threads > 0) set_num_threads(options.Threads);
        var config = DefaultConfig(options.Stage);
        var tokenizer = config.UsesText ? new Tokenizer(config.Vocabulary, config.MaxTokens) : null;
        manual_seed(options.Seed);
        using var model = new VideoDenoiser(config);
        using var ema = new VideoDenoiser(config);
        var parameters = model.named_parameters().ToList();
        var emaParameters = ema.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var optimizer = new AdamW(parameters.Select(p => (p.name, p.parameter)).ToList());
        var statePath = Path.Combine(options.StateDirectory, options.Stage + ".state.safetensors");
        var stepPath = Path.Combine(options.StateDirectory, options.Stage + ".state.json");
        double seconds = 0, smoothedLoss = double.NaN;

        if (options.Resume && File.Exists(statePath) && File.Exists(stepPath))
        {
            var saved = System.Text.Json.JsonSerializer.Deserialize<SavedProgress>(File.ReadAllText(stepPath))!;
            var state = Checkpoint.LoadTensors(statePath);
            using (no_grad())
            {
                foreach (var (name, p) in parameters) p.copy_(state["model." + name]);
                foreach (var (name, p) in emaParameters) p.copy_(state["ema." + name]);
            }
            optimizer.Restore(state);
            optimizer.Step = saved.Step;
            seconds = saved.Seconds;
            smoothedLoss = saved.Loss;
            foreach (var tensor in state.Values) tensor.Dispose();
            log.WriteLine($"kino train: resumed {options.Stage} at step {saved.Step} ({saved.Seconds / 60:F1} min trained)");
        }
        else
        {
            using (no_grad()) foreach (var (name, p) in parameters) emaParameters[name].copy_(p);
        }
        log.WriteLine($"kino train: {options.Stage}, {model.ParameterCount:N0} parameters, batch {options.BatchSize}, target {options.Steps} steps, {get_num_threads()} threads");

        var clock = Stopwatch.StartNew();
        var (loggedAt, loggedStep) = (0.0, optimizer.Step);
        // Training in sessions: stop after ForSteps more steps; the schedule still aims at the full Steps.
        long stopAt = options.ForSteps is { } more ? Math.Min(options.Steps, optimizer.Step + more) : options.Steps;
        model.train();
        while (optimizer.Step < stopAt && !cancel.IsCancellationRequested)
        {
            using (var scope = NewDisposeScope())
            {
                long step = optimizer.Step;
                var generator = new Generator((ulong)(options.Seed * 1_000_003L + step));
                var batch = TrainingBatch.Draw(config, tokenizer, options.Seed, step, options.BatchSize, generator);
                var t = rand([options.BatchSize], generator: generator);
                var noise = randn(batch.Target.shape, generator: generator);
                var alpha = NoiseSchedule.Alpha(t).view(-1, 1, 1, 1, 1);
                var sigma = NoiseSchedule.Sigma(t).view(-1, 1, 1, 1, 1);
                var noisy = alpha * batch.Target + sigma * noise;
                var velocity = alpha * noise - sigma * batch.Target;
                var prediction = model.Predict(noisy, t, batch.Conditioning, model.EncodeText(batch.Tokens));
                var loss = config.UsesText ? BaseLoss(prediction, velocity, noisy, batch.Target, alpha, sigma) : F.mse_loss(prediction, velocity);
                optimizer.ZeroGrad();
                loss.backward();
                nn.utils.clip_grad_norm_(parameters.Select(p => p.parameter), 1.0);
                double warmup = Math.Min(1.0, (step + 1) / 200.0);
                double decay = 0.5 * (1 + Math.Cos(Math.PI * Math.Min(1.0, (double)step / options.Steps)));
                optimizer.Update(options.LearningRate * warmup * (0.1 + 0.9 * decay));
                using (no_grad())
                {
                    double emaDecay = Math.Min(EmaDecay, (1.0 + step) / (10.0 + step));
                    foreach (var (name, p) in parameters) emaParameters[name].lerp_(p, 1 - emaDecay);
                }
                double value = loss.item<float>();
                if (double.IsNaN(value)) throw new InvalidOperationException($"loss is NaN at step {step}");
                smoothedLoss = double.IsNaN(smoothedLoss) ? value : 0.98 * smoothedLoss + 0.02 * value;
            }
            if (optimizer.Step % 25 == 0)
            {
                double now = clock.Elapsed.TotalSeconds;
                log.WriteLine($"step {optimizer.Step,6}  loss {smoothedLoss:F4}  {(now - loggedAt) / (optimizer.Step - loggedStep):F2} s/step  rss {Environment.WorkingSet / 1048576} MB");
                (loggedAt, loggedStep) = (now, optimizer.Step);
            }
            if (optimizer.Step % options.ChunkSteps == 0) Save();
        }
        Save();
        log.WriteLine(optimizer.Step < options.Steps
            ? $"kino train: stopped at step {optimizer.Step} of {options.Steps}; run again with --resume to continue"
            : $"kino train: {options.Stage} done at step {optimizer.Step}");
        return 0;

        void Save()
        {
            double total = seconds + clock.Elapsed.TotalSeconds;
            Directory.CreateDirectory(options.StateDirectory);
            var state = parameters.Select(p => KeyValuePair.Create("model." + p.name, (Tensor)p.parameter))
                .Concat(emaParameters.Select(p => KeyValuePair.Create("ema." + p.Key, (Tensor)p.Value)))
                .Concat(optimizer.State()).ToDictionary();
            Checkpoint.SaveTensors(state, statePath);
            File.WriteAllText(stepPath, System.Text.Json.JsonSerializer.Serialize(new SavedProgress(optimizer.Step, total, smoothedLoss)));
            var record = new TrainingRecord(optimizer.Step, Math.Round(total), options.BatchSize, options.LearningRate, EmaDecay,
                Math.Round(smoothedLoss, 5), $"{Environment.ProcessorCount} CPU cores, {RuntimeInformation.OSDescription}");
            Checkpoint.Save(ema, config with { Training = record }, options.WeightsDirectory);
        }
    }

    private sealed record SavedProgress(long Step, double Seconds, double Loss);

    private static readonly Scalar ObjectLevel = 0.3, ObjectExtraWeight = 4.0, One = 1.0, MotionWeight = 2.0;

    /// <summary>
    /// The base stage's loss. Plain v-MSE learns the look of a scene long before its motion: objects cover a few
    /// percent of the frame, and moving one by a pixel barely changes the error. So object pixels weigh 5x, and
    /// the frame-to-frame change of the predicted clean video must match the target's (weighted by alpha^2, where
    /// that prediction is sharp).
    /// </summary>
    private static Tensor BaseLoss(Tensor prediction, Tensor velocity, Tensor noisy, Tensor target, Tensor alpha, Tensor sigma)
    {
        var weight = target.amax([1], keepdim: true).gt(ObjectLevel).to_type(ScalarType.Float32).mul_(ObjectExtraWeight).add_(One);
        var appearance = (prediction - velocity).square().mul(weight).mean();
        var clean = alpha * noisy - sigma * prediction;
        long frames = target.shape[2];
        var predictedChange = clean[.., .., 1..] - clean[.., .., ..(int)(frames - 1)];
        var trueChange = target[.., .., 1..] - target[.., .., ..(int)(frames - 1)];
        var motion = (predictedChange - trueChange).square().mul(weight[.., .., 1..]).mul(alpha.square()).mean();
        return appearance + motion.mul(MotionWeight);
    }
}
