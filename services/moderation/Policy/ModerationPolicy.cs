using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kino.Moderation.Policy;

/// <summary>What a category's match does to a job. Ordered: a stronger action wins.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PolicyAction>))]
public enum PolicyAction
{
    [JsonStringEnumMemberName("allow")] Allow,
    [JsonStringEnumMemberName("age_gate")] AgeGate,
    [JsonStringEnumMemberName("require_cameo_consent")] RequireCameoConsent,
    [JsonStringEnumMemberName("block")] Block,
}

/// <summary>The content policy as data: a versioned file the moderation service reloads when it changes.</summary>
public sealed record ModerationPolicy
{
    public required string Version { get; init; }
    public required IReadOnlyList<CategoryPolicy> Categories { get; init; }

    /// <summary>Phrases, by language, in which a listed term is harmless ("shoot a film", "Torschuss", "Kill Bill poster").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SafeContexts { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Words that say a person is a child; with sexual content they make the always-blocked category.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MinorIndicators { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public OutputPolicy Output { get; init; } = new();

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
    };
}

/// <summary>One category: how it is recognised and what it does, for adults and for teen accounts.</summary>
public sealed record CategoryPolicy
{
    public required string Id { get; init; }
    public required string Description { get; init; }

    /// <summary>The category's name in the moderations API (OpenAI's where one exists).</summary>
    public required string ApiName { get; init; }

    /// <summary>OpenAI moderation categories this one also reports as flagged.</summary>
    public IReadOnlyList<string> AlsoReports { get; init; } = [];

    public required PolicyAction Action { get; init; }
    public required PolicyAction TeenAction { get; init; }

    /// <summary>Never allowed, whatever the account, and no admin may override the decision.</summary>
    public bool AlwaysBlocked { get; init; }

    /// <summary>Classifier probability from which the category applies.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Whether the classifier may put a prompt in this category. Off for list categories: only the list knows who is a living artist.</summary>
    public bool UseClassifier { get; init; } = true;
    public double TeenThreshold { get; init; } = 0.35;

    /// <summary>Terms, by language, that put a prompt in this category. A leading or trailing * matches inside compounds.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Terms { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Milder terms, by language: age-gated for adults, the teen action for teen accounts.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MatureTerms { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Configured names (public figures, living artists, trademarked characters), any language.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>What an @mention of a person does (real people only): until consent is checked, it needs a cameo grant.</summary>
    public PolicyAction? MentionAction { get; init; }
}

/// <summary>Checks of what was generated: frames sampled per second and the skin-area rule for nudity.</summary>
public sealed record OutputPolicy
{
    public double FramesPerSecond { get; init; } = 2;
    public string NudityCategory { get; init; } = "sexual";
    /// <summary>A frame is suspicious when skin-coloured pixels cover this share of it, in one connected region for the most part.</summary>
    public double SkinShare { get; init; } = 0.35;
    public double LargestRegionShare { get; init; } = 0.25;
    /// <summary>Share of sampled frames that must be suspicious to block.</summary>
    public double SuspiciousFrameShare { get; init; } = 0.3;
}
