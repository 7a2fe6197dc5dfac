using Kino.VideoDiffusion.Model;
using Kino.VideoDiffusion.Sampling;
using Microsoft.Extensions.Logging;
using TorchSharp;

namespace Kino.VideoDiffusion.Pipeline;

/// <summary>The loaded cascade (base and super-resolution checkpoints) with the queue that batches their sampling.</summary>
public sealed class VideoModels : IDisposable
{
    private readonly VideoDenoiser baseModel, superResolution;
    public SamplingQueue Queue { get; }
    public VideoPipeline Pipeline { get; }
    public string Device { get; }

    private VideoModels(VideoDenoiser baseModel, VideoDenoiser superResolution, SamplingQueue queue, string device)
    {
        this.baseModel = baseModel;
        this.superResolution = superResolution;
        Queue = queue;
        Device = device;
        Pipeline = new VideoPipeline(baseModel, superResolution, queue);
    }

    /// <summary>Loads both stages from a weights directory; CUDA when TorchSharp finds it, otherwise CPU.</summary>
    public static VideoModels Load(string directory, int maxBatch = 4, ILogger? logger = null)
    {
        foreach (var stage in new[] { Checkpoint.Base, Checkpoint.SuperResolution })
            if (!Checkpoint.Exists(directory, stage))
                throw new FileNotFoundException($"no '{stage}' checkpoint in {Path.GetFullPath(directory)} (train one with ./kino train video)");
        var device = torch.cuda.is_available() ? torch.CUDA : torch.CPU;
        return new VideoModels(Checkpoint.Load(directory, Checkpoint.Base, device), Checkpoint.Load(directory, Checkpoint.SuperResolution, device),
            new SamplingQueue(maxBatch, logger: logger), device.type.ToString());
    }

    public void Dispose()
    {
        Queue.Dispose();
        baseModel.Dispose();
        superResolution.Dispose();
    }
}
