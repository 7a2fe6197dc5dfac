using System.ComponentModel.DataAnnotations;

namespace Kino.Moderation;

public sealed class ModerationOptions
{
    public const string Section = "Kino:Moderation";

    /// <summary>The policy file; the service reloads it when its content changes (a Kubernetes ConfigMap works too).</summary>
    public string PolicyFile { get; set; } = Path.Combine(AppContext.BaseDirectory, "Data", "policy.json");

    /// <summary>The trained prompt classifier (`./kino train moderation` writes it).</summary>
    public string ClassifierFile { get; set; } = Path.Combine(AppContext.BaseDirectory, "Data", "prompt-classifier.bin");

    /// <summary>How often the policy file is checked for changes.</summary>
    [Range(0.1, 3600)]
    public double PolicyCheckSeconds { get; set; } = 2;

    /// <summary>The cameo service that answers consent checks; empty means this process (all-in-one).</summary>
    public string? CameoUrl { get; set; }
}
