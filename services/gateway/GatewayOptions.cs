using System.ComponentModel.DataAnnotations;

namespace Kino.Gateway;

/// <summary>A plan's limits: requests per minute (0 = unlimited) and videos per UTC day (0 = unlimited).</summary>
public sealed class PlanOptions
{
    [Range(0, int.MaxValue)] public int RequestsPerMinute { get; set; }
    [Range(0, int.MaxValue)] public int DailyVideos { get; set; }
    /// <summary>Whether the plan's videos may be downloaded without the visible watermark (the invisible marks stay).</summary>
    public bool UnmarkedDownloads { get; set; }
}

public sealed class GatewayOptions
{
    public const string Section = "Kino:Gateway";

    /// <summary>The admin API key. From KINO_API_KEY when set; otherwise one is made and printed once on first start.</summary>
    public string? AdminKey { get; set; }

    public Dictionary<string, PlanOptions> Plans { get; set; } = new()
    {
        ["free"] = new() { RequestsPerMinute = 60, DailyVideos = 10 },
        ["plus"] = new() { RequestsPerMinute = 300, DailyVideos = 100 },
        ["pro"] = new() { RequestsPerMinute = 1200, DailyVideos = 1000, UnmarkedDownloads = true },
        ["admin"] = new() { RequestsPerMinute = 0, DailyVideos = 0, UnmarkedDownloads = true },
    };

    /// <summary>When true, new users join only by redeeming an invite code an admin issued.</summary>
    public bool InviteOnly { get; set; }

    /// <summary>
    /// Requests a minute one address may make without a valid API key: calls to the anonymous routes (invite
    /// redemption, the OpenAPI document) and attempts with a wrong key. Once spent, the address is refused with 429
    /// before any key is looked up, right keys included, so that codes and keys cannot be guessed at speed. An IPv6
    /// caller's address is its /64. 0 = unlimited.
    /// </summary>
    [Range(0, int.MaxValue)] public int AnonymousRequestsPerMinute { get; set; } = 60;

    /// <summary>
    /// Proxies (CIDR networks, e.g. the cluster's ingress) whose <c>X-Forwarded-For</c> names the caller's address.
    /// Empty by default: the caller is whoever connected, and the header is ignored.
    /// </summary>
    public List<string> TrustedProxyNetworks { get; set; } = [];

    /// <summary>The edge header that carries the caller's country (ISO 3166 alpha-2).</summary>
    [Required] public string RegionHeader { get; set; } = "CF-IPCountry";

    /// <summary>Countries allowed to use the API; empty allows all.</summary>
    public List<string> AllowedRegions { get; set; } = [];

    /// <summary>Whether callers without the region header pass when an allow-list is set.</summary>
    public bool AllowUnknownRegion { get; set; }

    /// <summary>
    /// Networks (CIDR) an <c>input_reference</c> image URL may reach although they are not public, e.g. an image server
    /// on the operator's own network. Empty by default: only public addresses are fetched from.
    /// </summary>
    public List<string> ReferenceImageAllowedNetworks { get; set; } = [];

    /// <summary>How long fetching an <c>input_reference</c> image URL may take, redirects included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")] public TimeSpan ReferenceImageTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(1024, 512L * 1024 * 1024)] public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;
    [Range(1, 100_000)] public int MaxPromptLength { get; set; } = 4000;
    [Range(1, 3650)] public int RetentionDays { get; set; } = 7;

    /// <summary>Most pixels (width × height) a reference image may have: larger ones are refused before anything decodes them.</summary>
    [Range(1, int.MaxValue)] public int MaxReferencePixels { get; set; } = 4096 * 4096;

    /// <summary>Model names accepted (OpenAI's are aliases of Kino's default model).</summary>
    public List<string> Models { get; set; } = ["kino-1", "sora-2", "sora-2-pro", "sora-2-2025-10-06", "sora-2-pro-2025-10-06", "sora-2-2025-12-08"];

    /// <summary>Where YARP sends the internal APIs; empty means this process (all-in-one).</summary>
    public string? FeedUrl { get; set; }
    public string? OrchestratorUrl { get; set; }
    public string? ModerationUrl { get; set; }
    public string? ProvenanceUrl { get; set; }
    public string? CameoUrl { get; set; }
    public string? EventsUrl { get; set; }
}
