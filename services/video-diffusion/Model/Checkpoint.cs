using TorchSharp;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace Kino.VideoDiffusion.Model;

/// <summary>
/// A model on disk: {stage}.safetensors (weights, the same tensor names PyTorch would use) and {stage}.json (its config).
/// Files are written to a temporary name and renamed, so an interrupted save never leaves a torn checkpoint.
/// </summary>
public static class Checkpoint
{
    public const string Base = "base", SuperResolution = "super_resolution";

    public static string WeightsPath(string directory, string stage) => Path.Combine(directory, stage + ".safetensors");
    public static string ConfigPath(string directory, string stage) => Path.Combine(directory, stage + ".json");

    public static bool Exists(string directory, string stage) => File.Exists(WeightsPath(directory, stage)) && File.Exists(ConfigPath(directory, stage));

    public static VideoDenoiser Load(string directory, string stage, Device? device = null)
    {
        var config = VideoModelConfig.Load(ConfigPath(directory, stage));
        var model = new VideoDenoiser(config);
        model.load_safetensors(WeightsPath(directory, stage), strict: true);
        if (device is not null) model.to(device);
        model.eval();
        return model;
    }

    public static void Save(VideoDenoiser model, VideoModelConfig config, string directory)
    {
        Directory.CreateDirectory(directory);
        SaveTensors(model.state_dict(), WeightsPath(directory, config.Stage));
        WriteAtomically(ConfigPath(directory, config.Stage), path => config.Save(path));
    }

    public static void SaveTensors(IDictionary<string, Tensor> tensors, string path) =>
        WriteAtomically(path, temporary => Safetensors.SaveStateDict(temporary, tensors.ToDictionary(p => p.Key, p => p.Value.detach().cpu().contiguous())));

    public static Dictionary<string, Tensor> LoadTensors(string path) => Safetensors.LoadStateDict(path);

    private static void WriteAtomically(string path, Action<string> write)
    {
        var temporary = path + ".partial";
        write(temporary);
        File.Move(temporary, path, overwrite: true);
    }
}
