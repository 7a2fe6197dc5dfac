using Kino.AudioSynthesis.Planning;

namespace Kino.Tests.Audio;

public sealed class AudioPlanTests
{
    [Fact]
    public void Quoted_speech_gets_its_speaker_from_a_speech_verb_before_or_after()
    {
        var lines = AudioPlanner.Dialogue("Anna says \"The boat is sinking!\" and Tom shouts: \"Swim to the shore!\" \"Wait for me\", calls Mia. A dog barks.");
        Assert.Equal([("Anna", "The boat is sinking!"), ("Tom", "Swim to the shore!"), ("Mia", "Wait for me")], lines.Select(l => (l.Speaker, l.Text)));
        Assert.All(lines, l => Assert.Equal("en", l.Language));
        Assert.Equal("narrator", Assert.Single(AudioPlanner.Dialogue("A sign reads “Welcome home”.")).Speaker);
        Assert.Empty(AudioPlanner.Dialogue("A red ball bounces on the beach."));
    }

    [Fact]
    public void German_prompts_and_quotes_are_read_too()
    {
        var plan = AudioPlanner.Plan("Im Regen ruft Lena: „Das Boot geht unter!“ Ein Ball hüpft über die nasse Straße.");
        var line = Assert.Single(plan.Dialogue);
        Assert.Equal(("Lena", "Das Boot geht unter!", "de"), (line.Speaker, line.Text, line.Language));
        Assert.Contains("rain", plan.Ambience);
        Assert.Contains("city", plan.Ambience);
        Assert.Contains(plan.Effects, e => e.Kind == "impact");
    }

    [Theory]
    [InlineData("A golden retriever runs along a sunny beach", "sea", "happy", true)]
    [InlineData("A lonely man walks through the rain at night", "rain", "sad", false)]
    [InlineData("A chase through a dark forest", "forest", "tense", false)]
    [InlineData("A cat sleeps by a quiet fireplace", "fire", "calm", true)]
    [InlineData("A red circle on a grey wall", "room", "neutral", true)]
    public void Scenes_and_mood_come_from_the_words(string prompt, string scene, string mood, bool major)
    {
        var plan = AudioPlanner.Plan(prompt);
        Assert.Contains(scene, plan.Ambience);
        Assert.Equal((mood, major), (plan.Music.Mood, plan.Music.Major));
        Assert.InRange(plan.Music.Tempo, 60, 140);
    }
}
