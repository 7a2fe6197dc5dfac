namespace Kino.Provenance;

public sealed class ProvenanceOptions
{
    public const string Section = "Kino:Provenance";

    /// <summary>
    /// PEM certificate chain (signing certificate first) and PEM private key. In production they come from a file or a
    /// Kubernetes Secret mounted as files. When both are empty (embedded mode) a development CA and signing certificate
    /// are made on first start under <see cref="DevelopmentKeysDirectory"/>.
    /// </summary>
    public string? CertificateChainFile { get; set; }
    public string? PrivateKeyFile { get; set; }

    /// <summary>
    /// The signing algorithm: ES256 (default), ES384, PS256 or Ed25519. With the development CA it chooses the signing
    /// key made; with key files it must match their key (leave it empty to take the key's own algorithm).
    /// </summary>
    public string? Algorithm { get; set; }

    /// <summary>An RFC 3161 time-stamp authority (e.g. http://timestamp.digicert.com). When set, every claim signature is time-stamped.</summary>
    public string? TimeStampAuthorityUrl { get; set; }

    /// <summary>Where the development credentials live; default: provenance/keys under the data directory.</summary>
    public string? DevelopmentKeysDirectory { get; set; }

    /// <summary>PEM file of extra trust anchors for verification (e.g. other C2PA signers' roots).</summary>
    public string? TrustAnchorsFile { get; set; }

    /// <summary>Whether Kino's own signing root is a trust anchor for its verify endpoints.</summary>
    public bool TrustOwnRoot { get; set; } = true;

    /// <summary>
    /// The model recorded as the software agent. Requested model names such as "sora-2" are aliases of Kino's own
    /// model, and Content Credentials must name what really made the video.
    /// </summary>
    public string VideoModel { get; set; } = "kino-1";

    /// <summary>The watermark service, for the verify endpoints' watermark result; empty: this process (all-in-one).</summary>
    public string? WatermarkUrl { get; set; }

    /// <summary>The generator named in every claim.</summary>
    public string GeneratorName { get; set; } = "Kino";
    public string GeneratorVersion { get; set; } = "0.1.0";
}
