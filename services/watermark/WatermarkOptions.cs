namespace Kino.Watermark;

public sealed class WatermarkOptions
{
    public const string Section = "Kino:Watermark";

    /// <summary>
    /// The key of the invisible marks (any string; use 32+ random bytes, e.g. from a Kubernetes Secret). Whoever has it
    /// can read and forge marks. Empty: a random development secret is made on first start under the data directory.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Base luma amplitude in 8-bit levels (doubled in textured areas).</summary>
    public double LumaAmplitude { get; set; } = 2.4;

    /// <summary>Audio chips relative to the host's local loudness (0.1 = −20 dB).</summary>
    public double AudioStrength { get; set; } = 0.1;

    /// <summary>x264 quality of the marked output.</summary>
    public int Crf { get; set; } = 17;
    public string Preset { get; set; } = "veryfast";

    /// <summary>Whether published videos carry the visible mark (the invisible marks are always there).</summary>
    public bool VisibleMark { get; set; } = true;

    /// <summary>How much of an uploaded clip detection reads.</summary>
    public double DetectSeconds { get; set; } = 12;

    /// <summary>A decoded key counts as detected only below this false-positive probability.</summary>
    public double MaxFalsePositiveProbability { get; set; } = 1e-6;

    public MarkSettings Settings => new(LumaAmplitude, AudioStrength, Crf, Preset);
}
