using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kino.VideoDiffusion.Model;

/// <summary>
/// Everything needed to rebuild a denoiser from its weights, stored as JSON beside the safetensors file.
/// Larger models trained elsewhere drop in by shipping a bigger config with matching tensor names.
/// </summary>
public sealed record VideoModelConfig
{
    /// <summary>"base" (text to low-resolution video) or "super_resolution" (low- to high-resolution video).</summary>
    public required string Stage { get; init; }
    public required int Frames { get; init; }
    public required int Height { get; init; }
    public required int Width { get; init; }
    /// <summary>Seconds of video one window of frames covers.</summary>
    public required double WindowSeconds { get; init; }
    public required int[] Channels { get; init; }
    /// <summary>Levels (indexes into Channels) with cross-attention to the prompt.</summary>
    public int[] AttentionLevels { get; init; } = [];
    public required int ConditionDim { get; init; }
    public int TextDim { get; init; }
    public int TextLayers { get; init; }
    public int TextHeads { get; init; } = 4;
    public int MaxTokens { get; init; } = 24;
    public string[] Vocabulary { get; init; } = [];
    /// <summary>"v" (velocity) prediction on a cosine schedule.</summary>
    public string Prediction { get; init; } = "v";
    public string Schedule { get; init; } = "cosine";
    public TrainingRecord? Training { get; init; }

    [JsonIgnore] public bool UsesText => TextDim > 0;

    /// <summary>Noisy frames, plus known-frame pixels and mask (base) or the upsampled low-resolution video (super-resolution).</summary>
    [JsonIgnore] public int InputChannels => UsesText ? 3 + 3 + 1 : 3 + 3;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    public static VideoModelConfig Load(string path) =>
        JsonSerializer.Deserialize<VideoModelConfig>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: empty model config");

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
}

/// <summary>How the weights were made: recorded for the model card and for resuming.</summary>
public sealed record TrainingRecord(long Steps, double Seconds, int BatchSize, double LearningRate, double EmaDecay, double FinalLoss, string Machine);
