using Kino.VideoDiffusion.Model;
using Kino.VideoDiffusion.Pipeline;

namespace Kino.Tests.Video;

public sealed class TokenizerAndShotsTests
{
    private static readonly Tokenizer Tokenizer = new([.. Tokenizer.Specials, "ein", "grünes", "quadrat", "wächst", "a", "red"], maxTokens: 6);

    [Fact]
    public void Words_are_lower_cased_letters_with_umlauts_kept()
    {
        Assert.Equal(["ein", "grünes", "quadrat", "wächst"], Tokenizer.Words("Ein GRÜNES Quadrat wächst!"));
        // Composed and decomposed umlauts are the same word.
        Assert.Equal(["grünes"], Tokenizer.Words("gru\u0308nes"));
    }

    [Fact]
    public void Encoding_starts_with_bos_maps_unknown_words_and_pads_or_cuts_to_max_tokens()
    {
        Assert.Equal([Tokenizer.Begin, 3, 4, 5, 6, Tokenizer.Pad], Tokenizer.Encode("ein grünes Quadrat wächst"));
        Assert.Equal([Tokenizer.Begin, 7, Tokenizer.Unknown, Tokenizer.Pad, Tokenizer.Pad, Tokenizer.Pad], Tokenizer.Encode("a zebra"));
        Assert.Equal(6, Tokenizer.Encode("a a a a a a a a a a").Length);
        Assert.Equal([Tokenizer.Begin, 0, 0, 0, 0, 0], Tokenizer.Encode(""));
    }

    [Theory]
    [InlineData("A red circle moves left, then a blue square bounces", 4, new[] { "A red circle moves left", "a blue square bounces" })]
    [InlineData("A face at night. Cut to: a star in a room; a ring grows", 12, new[] { "A face at night", "a star in a room", "a ring grows" })]
    [InlineData("Ein roter Kreis hüpft, dann ein Stern dreht sich", 8, new[] { "Ein roter Kreis hüpft", "ein Stern dreht sich" })]
    [InlineData("A thenar muscle", 4, new[] { "A thenar muscle" })]
    public void Prompts_split_into_shots_that_share_the_length(string prompt, int seconds, string[] expected)
    {
        var shots = ShotPlanner.Plan(prompt, seconds, 0.5);
        Assert.Equal(expected, shots.Select(s => s.Prompt));
        Assert.Equal(seconds, shots.Sum(s => s.Seconds), 6);
        Assert.All(shots, s => Assert.Equal(0, s.Seconds * 2 % 1, 6));
    }
}
