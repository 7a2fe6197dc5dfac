using Kino.AudioSynthesis.Speech;

namespace Kino.Tests.Audio;

/// <summary>libespeak-ng through P/Invoke: samples, and the phoneme and word events that lip-sync needs.</summary>
public sealed class SpeechTests
{
    [Theory]
    [InlineData("en", "Hello there, the boat is sinking!", 6)]
    [InlineData("de", "Hallo, das Boot geht unter!", 5)]
    public void Speech_comes_with_ordered_phoneme_and_word_timings(string voice, string text, int wordCount)
    {
        var speech = SpeechSynthesizer.Speak(text, new VoiceSettings(voice));
        Assert.Equal(22050, speech.SampleRate);
        Assert.InRange(speech.Seconds, 1.0, 4.0);
        Assert.True(speech.Samples.Max(Math.Abs) > 0.1f, "audible");
        Assert.True(wordCount == speech.Words.Count, string.Join(" | ", speech.Words));
        Assert.True(speech.Phonemes.Count >= 3 * wordCount, $"{speech.Phonemes.Count} phonemes");
        Assert.All(speech.Phonemes.Zip(speech.Phonemes.Skip(1)), p => Assert.True(p.First.Start <= p.Second.Start));
        Assert.All(speech.Phonemes, p => Assert.InRange(p.End, p.Start, speech.Seconds + 1e-9));
        Assert.All(speech.Phonemes, p => Assert.False(string.IsNullOrEmpty(p.Name)));
        // Words start where their text does.
        Assert.Equal(0, speech.Words[0].TextPosition);
        Assert.True(speech.Words.Zip(speech.Words.Skip(1)).All(w => w.First.Start <= w.Second.Start));
    }

    [Fact]
    public void Pitch_and_rate_change_the_voice()
    {
        var slow = SpeechSynthesizer.Speak("The quick brown fox jumps over the lazy dog.", new VoiceSettings("en", Rate: 120));
        var fast = SpeechSynthesizer.Speak("The quick brown fox jumps over the lazy dog.", new VoiceSettings("en", Rate: 260));
        Assert.True(slow.Seconds > fast.Seconds * 1.5, $"{slow.Seconds:F2} s vs {fast.Seconds:F2} s");
        Assert.Throws<ArgumentException>(() => SpeechSynthesizer.Speak("x", new VoiceSettings("no-such-voice")));
    }
}
