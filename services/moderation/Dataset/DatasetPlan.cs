namespace Kino.Moderation.Dataset;

/// <summary>How many prompts of each kind a split gets; train is larger because it feeds the classifier, test mirrors evaluation.</summary>
internal sealed record DatasetPlan(int HarmfulPerCategoryAndLanguage, int ObfuscatedPerCategoryAndKind, int LookalikesPerLanguage, int HarmlessPerLanguage)
{
    // Train ≈ 11·2·75 + 11·9·5 + 2·350 + 2·330 ≈ 3,500; evaluation and test each ≈ 11·2·45 + 11·9·3 + 2·240 + 2·200 ≈ 2,170.
    public static DatasetPlan For(DatasetSplit split) => split switch
    {
        DatasetSplit.Train => new DatasetPlan(75, 5, 350, 330),
        DatasetSplit.Evaluation or DatasetSplit.Test => new DatasetPlan(45, 3, 240, 200),
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, "Unknown dataset split."),
    };
}
