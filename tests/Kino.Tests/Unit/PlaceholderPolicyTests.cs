using Kino.Moderation;

namespace Kino.Tests.Unit;

public sealed class PlaceholderPolicyTests
{
    [Theory]
    [InlineData("So much GORE here", "gore")]
    [InlineData("gôre!", "gore")]
    [InlineData("a gorevine in bloom", null)]
    [InlineData("a red ball on a beach", null)]
    public void Blocked_terms_match_whole_words_ignoring_case_and_diacritics(string prompt, string? expected) =>
        Assert.Equal(expected, PlaceholderPolicy.FindBlockedTerm(prompt, ["gore", "child porn"]));
}
