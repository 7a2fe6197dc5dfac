namespace Kino.Moderation.Dataset;

/// <summary>Which part of the moderation dataset to build: classifier training data, the development (evaluation) set, or the untouched test set.</summary>
public enum DatasetSplit
{
    /// <summary>Training data for the classifier.</summary>
    Train,
    /// <summary>The development set the lexicon and thresholds are tuned against.</summary>
    Evaluation,
    /// <summary>The held-out set for the final measurement; its own templates and phrasing, never used for tuning.</summary>
    Test,
    /// <summary>Extra training data from its own, deliberately varied template families (phrasing diversity, look-alikes, obfuscation).</summary>
    Augment,
    /// <summary>A second block of extra training data: situational scenes, framings, injections, new look-alikes and heavier weight on the weakest categories.</summary>
    Augment2,
}

/// <summary>One prompt with its language ("en"/"de"), policy labels (empty = harmless) and kind ("harmful", "obfuscated", "lookalike", "harmless").</summary>
public sealed record LabelledPrompt(string Text, string Language, IReadOnlyList<string> Labels, string Kind);

/// <summary>The label ids and prompt kinds used by the dataset; they must match the moderation policy's category ids.</summary>
public static class DatasetLabels
{
    public const string SexualMinors = "sexual_minors";
    public const string Sexual = "sexual";
    public const string ViolenceGraphic = "violence_graphic";
    public const string SelfHarm = "self_harm";
    public const string Hate = "hate";
    public const string Extremism = "extremism";
    public const string WeaponsIllegal = "weapons_illegal";
    public const string RealPeople = "real_people";
    public const string LivingArtists = "living_artists";
    public const string TrademarkedCharacters = "trademarked_characters";
    public const string ElectionDeception = "election_deception";

    public const string KindHarmful = "harmful";
    public const string KindObfuscated = "obfuscated";
    public const string KindLookalike = "lookalike";
    public const string KindHarmless = "harmless";

    /// <summary>Every category, in a fixed order so generation is deterministic.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SexualMinors, Sexual, ViolenceGraphic, SelfHarm, Hate, Extremism,
        WeaponsIllegal, RealPeople, LivingArtists, TrademarkedCharacters, ElectionDeception,
    ];
}
