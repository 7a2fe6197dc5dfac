using System.Globalization;
using System.Text;
using Kino.Moderation;
using Kino.Moderation.Checks;
using Kino.Moderation.Text;

namespace Kino.Fuzz;

/// <summary>
/// The moderation prompt check: the normaliser, then the whole check with the shipped policy and classifier. The input
/// is read as UTF-8 the way the gateway reads a body (invalid sequences become U+FFFD). Nothing may throw, and the
/// normaliser must keep what its documentation promises.
/// </summary>
public static class PromptTarget
{
    private static PromptModerator? moderator;

    /// <summary>Loads the shipped policy and classifier once, before any input is measured.</summary>
    public static Action<byte[]> Prepared()
    {
        moderator ??= ModerationCommands.CreateModerator(
            Path.Combine(AppContext.BaseDirectory, "Data/policy.json"), Path.Combine(AppContext.BaseDirectory, "Data/prompt-classifier.bin"), out _);
        return Run;
    }

    private static void Run(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        CheckFolded(PromptNormalizer.Fold(text));
        foreach (var token in PromptNormalizer.Tokenize(text))
        {
            // Tokens are squeezed, never empty, and an alternative reading differs from the primary one.
            Expect(token.Text.Length > 0, "an empty token");
            Expect(PromptNormalizer.Squeeze(token.Text) == token.Text, $"token '{token.Text}' is not squeezed");
            Expect(token.Alternative != token.Text, $"token '{token.Text}' has itself as its alternative");
        }
        var squeezed = PromptNormalizer.Squeeze(text);
        Expect(PromptNormalizer.Squeeze(squeezed) == squeezed, "Squeeze is not idempotent");
        moderator!.Check(text, teen: false);
        moderator.Check(text, teen: true);
    }

    /// <summary>Fold promises no invisible characters, no diacritics and lower case (checked per code point, not per UTF-16 unit).</summary>
    private static void CheckFolded(string folded)
    {
        foreach (var rune in folded.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            Expect(category is not (UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark),
                $"Fold kept U+{rune.Value:X4} ({category})");
            Expect(Rune.ToLowerInvariant(rune) == rune, $"Fold kept upper-case U+{rune.Value:X4}");
        }
    }

    private static void Expect(bool holds, string broken)
    {
        if (!holds) throw new FuzzInvariantException(broken);
    }
}
