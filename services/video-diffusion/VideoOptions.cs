using System.ComponentModel.DataAnnotations;
using Kino.VideoDiffusion.Sampling;

namespace Kino.VideoDiffusion;

/// <summary>Kino:Video — where the model's weights are and how to sample.</summary>
public sealed class VideoOptions
{
    public const string Section = "Kino:Video";

    /// <summary>Folder with base.{safetensors,json} and super_resolution.{safetensors,json}; the shipped weights by default.</summary>
    public string WeightsDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "weights");

    public SamplerKind Sampler { get; set; } = SamplerKind.DpmSolver2M;

    [Range(1, 1000)] public int Steps { get; set; } = 20;

    /// <summary>Classifier-free guidance scale: 1 ignores the unconditional model, higher follows the prompt more strictly.</summary>
    [Range(0, 30)] public double Guidance { get; set; } = 3.0;

    /// <summary>Jobs sampled together in one batch (and consumed concurrently).</summary>
    [Range(1, 64)] public int MaxBatch { get; set; } = 4;

    public SamplingOptions Sampling => new(Sampler, Steps, Guidance);
}
