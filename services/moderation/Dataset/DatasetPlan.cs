namespace Kino.Moderation.Dataset;

/// <summary>How many prompts of each kind a split gets; train is larger because it feeds the classifier, test mirrors evaluation.</summary>
internal sealed record DatasetPlan(int HarmfulPerCategoryAndLanguage, int ObfuscatedPerCategoryAndKind, int LookalikesPerLanguage, int HarmlessPerLanguage, int? SexualMinorsPerLanguage = null)
{
    /// <summary>The harmful quota for one category and language; the augment split keeps the sexual_minors pool smaller.</summary>
    public int HarmfulQuota(string category) =>
        category == DatasetLabels.SexualMinors && SexualMinorsPerLanguage is { } quota ? quota : HarmfulPerCategoryAndLanguage;

    // Train ≈ 11·2·75 + 11·9·5 + 2·350 + 2·330 ≈ 3,500; evaluation and test each ≈ 11·2·45 + 11·9·3 + 2·240 + 2·200 ≈ 2,170.
    public static DatasetPlan For(DatasetSplit split) => split switch
    {
        DatasetSplit.Train => new DatasetPlan(75, 5, 350, 330),
        DatasetSplit.Evaluation or DatasetSplit.Test => new DatasetPlan(45, 3, 240, 200),
        // Augment ≈ 10·2·100 + 2·60 + 11·9·6 + 2·500 + 2·400 ≈ 4,500: every category ≥ 250 harmful incl. obfuscated (sexual_minors ≈ 175).
        DatasetSplit.Augment => new DatasetPlan(100, 6, 500, 400, SexualMinorsPerLanguage: 60),
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, "Unknown dataset split."),
    };
}
