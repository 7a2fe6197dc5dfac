namespace Kino.Cameo;

public sealed class CameoOptions
{
    public const string Section = "Kino:Cameo";

    /// <summary>
    /// The AES-256-GCM key for cameo media at rest: 32 bytes, base64 (e.g. from a Kubernetes Secret). Empty: a random
    /// development key is made on first start under the data directory (logged as such).
    /// </summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Upload limits: the whole file, its length, and frame size (a decompression-bomb guard).</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;
    public double MinSeconds { get; set; } = 1;
    public double MaxSeconds { get; set; } = 30;
    public long MaxPixels { get; set; } = 1920L * 1920;
}
