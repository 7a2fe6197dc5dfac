using Kino.Moderation.Text;

namespace Kino.Tests.Moderation;

public sealed class LexiconTests
{
    private static List<string> Matches(Lexicon<string> lexicon, string text) =>
        lexicon.Match(PromptNormalizer.Tokenize(text)).Select(m => m.Entry.Meaning).ToList();

    [Fact]
    public void Phrases_match_whole_words_and_their_joined_and_hyphenated_forms()
    {
        var lexicon = new Lexicon<string>([new("Spider-Man", "character"), new("self harm", "self_harm"), new("kill", "kill")]);
        Assert.Equal(["character"], Matches(lexicon, "a poster of spider man"));
        Assert.Equal(["character"], Matches(lexicon, "SPIDERMAN swings"));
        Assert.Equal(["character"], Matches(lexicon, "sp1der-m@n"));
        Assert.Equal(["self_harm"], Matches(lexicon, "about self-harm"));
        Assert.Equal(["self_harm"], Matches(lexicon, "about selfharm"));
        Assert.Empty(Matches(lexicon, "a skillful juggler")); // not inside other words
        Assert.Equal(["kill"], Matches(lexicon, "k i l l"));
    }

    [Fact]
    public void Wildcards_match_inside_compounds()
    {
        var lexicon = new Lexicon<string>([new("enthaupt*", "prefix"), new("*porno", "suffix"), new("*mord*", "infix")]);
        Assert.Equal(["prefix"], Matches(lexicon, "die Enthauptung"));
        Assert.Equal(["suffix"], Matches(lexicon, "Kinderporno"));
        Assert.Equal(["infix"], Matches(lexicon, "Massenmordes"));
        Assert.Empty(Matches(lexicon, "Pornos haupt"));
    }

    [Fact]
    public void A_wildcard_needs_three_letters_beside_it() =>
        Assert.Throws<ArgumentException>(() => new Lexicon<string>([new("ab*", "x")]));
}
