using System.Text.RegularExpressions;
using Kino.Contracts;
using Kino.Moderation.Policy;

namespace Kino.Moderation.Checks;

/// <summary>
/// What cameo owners can forbid, checked on the prompt of every job that uses their cameo: political content (elections,
/// parties, politicians, campaigns, protests) and changes to their appearance (age, weight, hair, skin, body, face,
/// clothing removal). English and German terms on whole words; a match refuses the job with cameo_consent_required.
/// </summary>
public static partial class CameoRestrictions
{
    public const string Category = "cameo_restrictions";

    private static readonly Dictionary<string, string[]> Terms = new()
    {
        ["no_political_content"] =
        [
            "election", "elections", "vote", "votes", "voting", "ballot", "campaign", "candidate", "politician", "politics", "political", "party rally",
            "president", "senator", "congress", "parliament", "minister", "chancellor", "protest", "demonstration", "referendum", "democrat", "republican",
            "wahl", "wahlen", "wählen", "stimmzettel", "wahlkampf", "kandidat", "politiker", "politik", "politisch", "partei", "bundestag", "kanzler",
            "kanzlerin", "ministerin", "demo", "volksabstimmung",
        ],
        ["no_appearance_changes"] =
        [
            "older", "younger", "aged", "old man", "old woman", "fat", "fatter", "thin", "thinner", "skinny", "bald", "hair color", "hair colour",
            "dyed", "makeover", "tattoo", "tattoos", "skin color", "skin colour", "muscular", "body swap", "face swap", "naked", "nude", "undressed",
            "beard", "makeup", "make-up", "transform", "transforms", "transformed", "morph", "morphs", "as a child", "as a baby", "as a zombie",
            "älter", "jünger", "dick", "dicker", "dünn", "dünner", "glatze", "haarfarbe", "gefärbt", "tätowiert", "hautfarbe", "muskulös",
            "nackt", "bart", "schminke", "geschminkt", "verwandelt", "verwandelt sich", "als kind", "als baby",
        ],
    };

    /// <summary>One result per cameo restriction the prompt breaks (the category a decision records), or none.</summary>
    public static (CategoryResult? Result, IReadOnlyList<string> Reasons) Check(string prompt, IEnumerable<ConsentCheckResult> allowed)
    {
        var text = " " + string.Join(' ', Words().Matches(prompt.ToLowerInvariant()).Select(m => m.Value)) + " ";
        var rules = new List<string>();
        var reasons = new List<string>();
        foreach (var cameo in allowed)
            foreach (var restriction in cameo.Restrictions)
                if (Terms.TryGetValue(restriction, out var terms) && terms.Any(t => text.Contains(" " + t + " ", StringComparison.Ordinal)))
                {
                    rules.Add($"restriction:{cameo.Reference}:{restriction}");
                    reasons.Add($"The owner of {cameo.Reference} does not allow {(restriction == "no_political_content" ? "political content" : "changes to their appearance")} in videos with their cameo.");
                }
        return rules.Count == 0 ? (null, []) : (new CategoryResult(Category, 1.0, PolicyAction.RequireCameoConsent, rules), reasons);
    }

    [GeneratedRegex(@"[\p{L}\p{N}-]+")]
    private static partial Regex Words();
}
