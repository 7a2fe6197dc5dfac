using System.Globalization;
using System.Text;

namespace Kino.Moderation;

public sealed class PlaceholderPolicyOptions
{
    public const string Section = "Kino:Moderation";

    /// <summary>Terms that block a prompt. The real policy (categories, normalisation, classifier) is its own issue.</summary>
    public List<string> BlockedTerms { get; set; } = ["gore", "beheading", "csam", "child porn"];
}

/// <summary>The stand-in policy: whole-word match of blocked terms after case and diacritic folding.</summary>
public static class PlaceholderPolicy
{
    public static string? FindBlockedTerm(string prompt, IEnumerable<string> blockedTerms)
    {
        var text = " " + Fold(prompt) + " ";
        return blockedTerms.FirstOrDefault(term => text.Contains(" " + Fold(term) + " ", StringComparison.Ordinal));
    }

    private static string Fold(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
