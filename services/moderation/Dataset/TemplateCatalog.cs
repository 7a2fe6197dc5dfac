namespace Kino.Moderation.Dataset;

/// <summary>Collects the template sets from every content file and filters them by split, language and kind.</summary>
internal static class TemplateCatalog
{
    private static readonly TemplateSet[] HarmfulSets =
    [
        .. SexualTemplates.Sets, .. ViolenceTemplates.Sets, .. HateTemplates.Sets,
        .. WeaponsTemplates.Sets, .. LikenessTemplates.Sets, .. ElectionTemplates.Sets,
        .. TestTemplatesSexualViolence.Sets, .. TestTemplatesHateWeapons.Sets, .. TestTemplatesLikeness.Sets,
        .. AugmentTemplatesSexual.Sets, .. AugmentTemplatesViolence.Sets, .. AugmentTemplatesHate.Sets,
        .. AugmentTemplatesWeapons.Sets, .. AugmentTemplatesElection.Sets, .. AugmentTemplatesLikeness.Sets,
        .. Augment2TemplatesSelfHarm.Sets, .. Augment2TemplatesWeapons.Sets, .. Augment2TemplatesElection.Sets,
        .. Augment2TemplatesHate.Sets, .. Augment2TemplatesExtremism.Sets, .. Augment2TemplatesSexual.Sets, .. Augment2TemplatesOther.Sets,
    ];

    private static readonly TemplateSet[] LookalikeSets = [.. LookalikeTemplatesEn.Sets, .. LookalikeTemplatesDe.Sets, .. TestTemplatesLookalikeEn.Sets, .. TestTemplatesLookalikeDe.Sets, .. AugmentTemplatesLookalikeEn.Sets, .. AugmentTemplatesLookalikeDe.Sets, .. Augment2TemplatesLookalikeEn.Sets, .. Augment2TemplatesLookalikeDe.Sets];
    private static readonly TemplateSet[] HarmlessSets = [.. HarmlessTemplates.Sets, .. TestTemplatesHarmless.Sets, .. AugmentTemplatesHarmless.Sets, .. Augment2TemplatesHarmless.Sets];

    /// <summary>Sets whose primary (first) label is <paramref name="category"/>; a two-label set counts toward its first label.</summary>
    public static IReadOnlyList<TemplateSet> Harmful(DatasetSplit split, string language, string category) =>
        HarmfulSets.Where(s => s.Split == split && s.Language == language && s.Labels[0] == category).ToList();

    public static IReadOnlyList<TemplateSet> Lookalikes(DatasetSplit split, string language) =>
        LookalikeSets.Where(s => s.Split == split && s.Language == language).ToList();

    public static IReadOnlyList<TemplateSet> Harmless(DatasetSplit split, string language) =>
        HarmlessSets.Where(s => s.Split == split && s.Language == language).ToList();
}
