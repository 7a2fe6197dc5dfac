using System.Diagnostics;
using Kino.VideoDiffusion.Pipeline;
using Kino.VideoDiffusion.Sampling;
using Kino.VideoDiffusion.World;

namespace Kino.VideoDiffusion.Evaluation;

/// <summary>Scores for one set of clips (seen or held-out combinations).</summary>
public sealed record SetScore(int Clips, int Attributes, double Accuracy, double Colour, double Shape, double Motion, double Scenery, double Count,
    double TemporalConsistency, int BouncingObjects, double BouncesFittingGravity);

public sealed record EvaluationReport(string Source, SamplingOptions Sampling, SetScore Seen, SetScore HeldOut, double SecondsPerClip);

/// <summary>
/// Prompt adherence measured from pixels: draws evaluation clips from the procedural world (seen combinations and
/// the held-out compositional set), generates each from its caption, and compares what <see cref="FrameAnalyzer"/>
/// reads in the frames with the scene the caption describes. With no pipeline it scores the world's own renders,
/// which checks the analyzer itself.
/// </summary>
public static class Evaluator
{
    public const int FirstSeed = 900_000_000;   // far from the seeds training draws

    /// <param name="sheet">where to keep the frames of the first clips of each set, for a contact sheet (optional)</param>
    public static async Task<EvaluationReport> RunAsync(VideoPipeline? pipeline, int clipsPerSet, SamplingOptions sampling, TextWriter? log, CancellationToken ct,
        List<byte[]>? sheet = null)
    {
        var clock = Stopwatch.StartNew();
        var seen = await ScoreSetAsync(pipeline, clipsPerSet, heldOut: false, sampling, log, ct, sheet);
        var heldOut = await ScoreSetAsync(pipeline, clipsPerSet, heldOut: true, sampling, log, ct, sheet);
        return new EvaluationReport(pipeline is null ? "ground truth renders" : "model", sampling, seen, heldOut, clock.Elapsed.TotalSeconds / (2.0 * clipsPerSet));
    }

    private sealed record ClipScore(int Colour, int Shape, int Motion, int Objects, bool Scenery, bool Count, double Consistency, int Bounces, int BouncesFitting);

    private static async Task<SetScore> ScoreSetAsync(VideoPipeline? pipeline, int count, bool heldOut, SamplingOptions sampling, TextWriter? log, CancellationToken ct,
        List<byte[]>? sheet)
    {
        var clips = Enumerable.Range(0, count).Select(i => ClipSampler.Draw(FirstSeed + i + (heldOut ? 500_000 : 0), heldOut)).ToList();
        var scores = await Task.WhenAll(clips.Select(async (clip, i) =>
        {
            var (frames, n, size, fps) = await FramesAsync(pipeline, clip, (ulong)(i + 1), sampling, ct);
            var analysis = FrameAnalyzer.Analyze(frames, n, size, size, fps);
            if (sheet is not null && i < 6) lock (sheet) sheet.Add(frames);
            var score = Score(clip.Scene, analysis);
            log?.WriteLine($"{(heldOut ? "held-out" : "seen")} {i,3}: {(score.Colour + score.Shape + score.Motion + (score.Scenery ? 1 : 0) + (score.Count ? 1 : 0))}/{score.Objects * 3 + 2}  \"{clip.Caption}\"  saw: {Describe(analysis)}");
            return score;
        }));
        int objects = scores.Sum(s => s.Objects);
        int attributes = objects * 3 + 2 * count;
        int correct = scores.Sum(s => s.Colour + s.Shape + s.Motion + (s.Scenery ? 1 : 0) + (s.Count ? 1 : 0));
        int bounces = scores.Sum(s => s.Bounces);
        return new SetScore(count, attributes, Round(correct / (double)attributes),
            Round(scores.Sum(s => s.Colour) / (double)objects), Round(scores.Sum(s => s.Shape) / (double)objects), Round(scores.Sum(s => s.Motion) / (double)objects),
            Round(scores.Count(s => s.Scenery) / (double)count), Round(scores.Count(s => s.Count) / (double)count),
            Round(scores.Average(s => s.Consistency)), bounces, bounces == 0 ? 0 : Round(scores.Sum(s => s.BouncesFitting) / (double)bounces));
    }

    private static double Round(double value) => Math.Round(value, 4);

    private static async Task<(byte[] Frames, int Count, int Size, double Fps)> FramesAsync(VideoPipeline? pipeline, Clip clip, ulong seed, SamplingOptions sampling, CancellationToken ct)
    {
        const int frames = 8, size = 64;
        float[] planar;
        double fps = frames / ClipSampler.WindowSeconds;
        if (pipeline is null)
            planar = WorldRenderer.Render(clip.Scene, frames, size, size, clip.Start, (float)(1 / fps));
        else
        {
            var generated = await pipeline.GenerateAsync(new GenerationRequest([new Shot(clip.Caption, ClipSampler.WindowSeconds)], seed, sampling), null, ct);
            planar = generated.Frames;
            fps = generated.Fps;
        }
        int n = planar.Length / (3 * size * size);
        var bytes = new byte[n * size * size * 3];
        FrameBytes.CopyPlanarToInterleaved(planar, n, size, size, bytes);
        return (bytes, n, size, fps);
    }

    private static ClipScore Score(Scene scene, ClipAnalysis analysis)
    {
        int colour = 0, shape = 0, motion = 0, bounces = 0, fitting = 0;
        double consistency = 0;
        foreach (var expected in scene.Objects)
        {
            var track = analysis.Objects.FirstOrDefault(o => o.Colour == expected.Colour);
            if (track is null) continue;
            colour++;
            if (track.Shape == expected.Shape) shape++;
            // A zoom enlarges everything a little; the analyzer compensates pans but not zooms, so it names motion only.
            if (track.Motion == expected.Motion) motion++;
            consistency += track.ShapeConsistency;
            if (expected.Motion == Motion.Bounce && track.Motion == Motion.Bounce)
            {
                bounces++;
                if (track.FitsConstantGravity == true) fitting++;
            }
        }
        return new ClipScore(colour, shape, motion, scene.Objects.Count, analysis.Scenery == scene.Scenery, analysis.Objects.Count == scene.Objects.Count,
            consistency / scene.Objects.Count, bounces, fitting);
    }

    private static string Describe(ClipAnalysis analysis) =>
        $"{analysis.Scenery}; " + string.Join(", ", analysis.Objects.Select(o => $"{o.Colour} {o.Shape} {o.Motion?.ToString() ?? "still"}"));
}
