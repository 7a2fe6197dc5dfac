using System.CommandLine;
using System.Runtime.InteropServices;
using Kino.VideoDiffusion.Model;
using Kino.VideoDiffusion.Pipeline;
using Kino.VideoDiffusion.Evaluation;
using Kino.VideoDiffusion.Sampling;
using Kino.VideoDiffusion.Training;
using Kino.VideoDiffusion.World;

namespace Kino.VideoDiffusion;

/// <summary>The video model's offline commands (`./kino train video`, `./kino eval video`), beside the service itself.</summary>
public static class VideoCommands
{
    public static readonly string[] Names = ["train", "evaluate", "preview-dataset", "benchmark", "generate"];

    /// <summary>Prints a report as JSON and, when asked, writes it to a file too.</summary>
    private static async Task PrintReportAsync<T>(T report, string? path, CancellationToken ct)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(report, VideoModelConfig.Json);
        Console.WriteLine(json);
        if (path is not null) await File.WriteAllTextAsync(path, json, ct);
    }

    public static int Run(string[] args)
    {
        var stage = new Option<string>("--stage") { Description = "base, super_resolution or all", DefaultValueFactory = _ => "all" };
        var steps = new Option<long>("--steps") { Description = "train until this many steps in total (per stage)", DefaultValueFactory = _ => 6000 };
        var resume = new Option<bool>("--resume") { Description = "continue from the last saved state" };
        var batch = new Option<int>("--batch") { Description = "clips per step", DefaultValueFactory = _ => 8 };
        var chunk = new Option<int>("--chunk") { Description = "save the resumable state every N steps", DefaultValueFactory = _ => 100 };
        var weights = new Option<string>("--weights") { Description = "where the shipped checkpoint goes", DefaultValueFactory = _ => "services/video-diffusion/weights" };
        var state = new Option<string>("--state") { Description = "where the resumable training state goes", DefaultValueFactory = _ => ".kino/train/video" };
        var threads = new Option<int>("--threads") { Description = "CPU threads for TorchSharp (0: all cores)" };
        var forSteps = new Option<long?>("--for-steps") { Description = "stop after this many more steps (train in sessions; resume later)" };
        var train = new Command("train", "Train the built-in video model on the procedural world") { stage, steps, resume, batch, chunk, weights, state, threads, forSteps };
        train.SetAction(parsed =>
        {
            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; cancel.Cancel(); });
            var stages = parsed.GetValue(stage) == "all" ? [Checkpoint.Base, Checkpoint.SuperResolution] : new[] { parsed.GetValue(stage)! };
            foreach (var name in stages)
            {
                if (cancel.IsCancellationRequested) break;
                var options = new TrainingOptions(name, parsed.GetValue(steps), parsed.GetValue(resume), parsed.GetValue(weights)!, parsed.GetValue(state)!,
                    parsed.GetValue(batch), ChunkSteps: parsed.GetValue(chunk), Threads: parsed.GetValue(threads), ForSteps: parsed.GetValue(forSteps));
                new VideoTrainer(options, Console.Out).Run(cancel.Token);
            }
            return 0;
        });
        var previewOut = new Option<string>("--out") { Description = "PNG contact sheet to write", DefaultValueFactory = _ => "dataset-preview.png" };
        var clips = new Option<int>("--clips") { DefaultValueFactory = _ => 12 };
        var heldOut = new Option<bool>("--held-out") { Description = "draw from the compositional test set" };
        var preview = new Command("preview-dataset", "Draw a contact sheet of procedural training clips") { previewOut, clips, heldOut };
        preview.SetAction((parsed, ct) => DatasetPreview.WriteAsync(parsed.GetValue(previewOut)!, parsed.GetValue(clips), 8, 64, 1, parsed.GetValue(heldOut), ct));
        var clipsPerSet = new Option<int>("--clips") { Description = "clips per set (seen, held-out)", DefaultValueFactory = _ => 50 };
        var groundTruth = new Option<bool>("--ground-truth") { Description = "score the world's own renders (checks the analyzer)" };
        var sampler = new Option<SamplerKind>("--sampler") { DefaultValueFactory = _ => SamplerKind.DpmSolver2M };
        var sampleSteps = new Option<int>("--sample-steps") { DefaultValueFactory = _ => 20 };
        var guidance = new Option<double>("--guidance") { DefaultValueFactory = _ => 3.0 };
        var report = new Option<string?>("--report") { Description = "write the report as JSON here" };
        var sheetPath = new Option<string?>("--sheet") { Description = "write the first clips' frames as a PNG contact sheet" };
        var evaluate = new Command("evaluate", "Measure prompt adherence on seen and held-out combinations") { clipsPerSet, groundTruth, sampler, sampleSteps, guidance, weights, report, sheetPath };
        evaluate.SetAction(async (parsed, ct) =>
        {
            var sampling = new SamplingOptions(parsed.GetValue(sampler), parsed.GetValue(sampleSteps), parsed.GetValue(guidance));
            using var models = parsed.GetValue(groundTruth) ? null : VideoModels.Load(parsed.GetValue(weights)!, maxBatch: 8);
            var sheet = parsed.GetValue(sheetPath) is null ? null : new List<byte[]>();
            var result = await Evaluator.RunAsync(models?.Pipeline, parsed.GetValue(clipsPerSet), sampling, Console.Out, ct, sheet);
            if (sheet is { Count: > 0 }) await DatasetPreview.WriteSheetAsync(parsed.GetValue(sheetPath)!, sheet, 8, 64, ct);
            await PrintReportAsync(result, parsed.GetValue(report), ct);
            return 0;
        });
        var size = new Option<string>("--size") { DefaultValueFactory = _ => "720x1280" };
        var seconds = new Option<int>("--seconds") { DefaultValueFactory = _ => 4 };
        var runs = new Option<int>("--runs") { DefaultValueFactory = _ => 3 };
        var benchmark = new Command("benchmark", "Time base model, super-resolution and resampling for one clip") { size, seconds, runs, sampler, sampleSteps, guidance, weights, report };
        benchmark.SetAction(async (parsed, ct) =>
        {
            var sampling = new SamplingOptions(parsed.GetValue(sampler), parsed.GetValue(sampleSteps), parsed.GetValue(guidance));
            var dimensions = parsed.GetValue(size)!.Split('x').Select(int.Parse).ToArray();
            using var models = VideoModels.Load(parsed.GetValue(weights)!);
            var result = await VideoBenchmark.RunAsync(models.Pipeline, dimensions[0], dimensions[1], parsed.GetValue(seconds), sampling, parsed.GetValue(runs), Console.Out, ct);
            await PrintReportAsync(result, parsed.GetValue(report), ct);
            return 0;
        });
        var prompt = new Argument<string>("prompt");
        var outputFile = new Argument<string>("output") { Description = "the MP4 to write (silent)" };
        var seed = new Option<ulong>("--seed") { DefaultValueFactory = _ => 1UL };
        var generate = new Command("generate", "Generate one clip with the shipped model (what the video stage makes, without audio)")
            { prompt, outputFile, size, seconds, seed, sampler, sampleSteps, guidance, weights };
        generate.SetAction(async (parsed, ct) =>
        {
            var dimensions = parsed.GetValue(size)!.Split('x').Select(int.Parse).ToArray();
            int clipSeconds = parsed.GetValue(seconds);
            using var models = VideoModels.Load(parsed.GetValue(weights)!);
            var request = new GenerationRequest(ShotPlanner.Plan(parsed.GetValue(prompt)!, clipSeconds, 1 / models.Pipeline.Fps), parsed.GetValue(seed),
                new SamplingOptions(parsed.GetValue(sampler), parsed.GetValue(sampleSteps), parsed.GetValue(guidance)));
            var frames = await models.Pipeline.GenerateAsync(request, null, ct);
            await FrameIO.EncodeAsync(frames.Frames, frames.Count, frames.Size, frames.Fps, dimensions[0], dimensions[1], 24, clipSeconds, parsed.GetValue(outputFile)!, ct);
            return 0;
        });
        var root = new RootCommand("Kino video model commands") { train, preview, evaluate, benchmark, generate };
        return root.Parse(args).Invoke();
    }
}
