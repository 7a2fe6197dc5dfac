using Kino.AudioSynthesis.Speech;
using Kino.Cameo.Likeness;
using Kino.Contracts;

namespace Kino.Tests.Cameo;

/// <summary>
/// Voice measurements on espeak-ng speech, whose pitch and rate are known: the analyzer must tell voices apart and
/// point back at settings close to the ones that made them.
/// </summary>
public sealed class VoiceAnalyzerTests
{
    // 58 syllables in three sentences.
    private const string Text = "The quick brown fox jumps over the lazy dog. Hello everyone, welcome back to my channel. "
        + "Today we are cooking a simple pasta with tomatoes and fresh basil.";

    [Fact]
    public void A_low_male_voice_and_a_high_female_voice_differ_in_pitch_and_variant()
    {
        var low = Analyze(new VoiceSettings("en+m3", Pitch: 30));
        var high = Analyze(new VoiceSettings("en+f2", Pitch: 70));
        var both = $"low {low} / high {high}";
        Assert.True(low.MedianPitchHz is > 70 and < 120, both);
        Assert.True(high.MedianPitchHz is > 190 and < 300, both);
        Assert.True(high.MedianPitchHz > 1.8 * low.MedianPitchHz, both);
        Assert.Equal("m3", low.Variant);
        Assert.Equal("f2", high.Variant);
        // The pitch settings that made them come back within a few steps.
        Assert.True(low.EspeakPitch is >= 22 and <= 38 && high.EspeakPitch is >= 62 and <= 78, both);
        Assert.True(low.SpectralCentroidHz is > 500 and < 4000 && high.SpectralCentroidHz > low.SpectralCentroidHz, both);
    }

    [Fact]
    public void A_faster_voice_speaks_more_syllables_per_second()
    {
        var slow = Analyze(new VoiceSettings("en+m3", Rate: 130));
        var fast = Analyze(new VoiceSettings("en+m3", Rate: 220));
        var both = $"slow {slow} / fast {fast}";
        Assert.True(slow.SyllablesPerSecond is > 2.5 and < 5.5 && fast.SyllablesPerSecond is > 4 and < 8, both);
        Assert.True(fast.SyllablesPerSecond > 1.2 * slow.SyllablesPerSecond, both);
        Assert.True(slow.EspeakRate is >= 100 and <= 190 && fast.EspeakRate is >= 170 and <= 280 && fast.EspeakRate > slow.EspeakRate, both);
        // The rate does not move the pitch.
        Assert.True(Math.Abs(fast.MedianPitchHz / slow.MedianPitchHz - 1) < 0.05, both);
    }

    [Fact]
    public void The_sample_rate_does_not_change_the_measurements()
    {
        var speech = SpeechSynthesizer.Speak(Text, new VoiceSettings("en+f2"));
        var original = VoiceAnalyzer.Analyze(speech.Samples, speech.SampleRate)!;
        // Twice the rate by linear interpolation: the same voice at 44.1 kHz.
        var doubled = new float[speech.Samples.Length * 2 - 1];
        for (int i = 0; i < doubled.Length; i++)
            doubled[i] = i % 2 == 0 ? speech.Samples[i / 2] : (speech.Samples[i / 2] + speech.Samples[i / 2 + 1]) / 2;
        var resampled = VoiceAnalyzer.Analyze(doubled, speech.SampleRate * 2);
        Assert.NotNull(resampled);
        var both = $"{speech.SampleRate} Hz {original} / {speech.SampleRate * 2} Hz {resampled}";
        Assert.True(Math.Abs(resampled.MedianPitchHz / original.MedianPitchHz - 1) < 0.03, both);
        Assert.True(Math.Abs(resampled.SyllablesPerSecond / original.SyllablesPerSecond - 1) < 0.15, both);
        Assert.Equal(original.Variant, resampled.Variant);
    }

    [Fact]
    public void Silence_and_white_noise_have_no_voice()
    {
        const int rate = 22050;
        Assert.Null(VoiceAnalyzer.Analyze(new float[3 * rate], rate));
        var random = new Random(7);
        var noise = new float[3 * rate];
        for (int i = 0; i < noise.Length; i++) noise[i] = (float)(random.NextDouble() - 0.5) * 0.5f;
        var profile = VoiceAnalyzer.Analyze(noise, rate);
        Assert.True(profile is null, $"{profile}");
        Assert.Null(VoiceAnalyzer.Analyze([], rate));
    }

    private static VoiceProfile Analyze(VoiceSettings voice)
    {
        var speech = SpeechSynthesizer.Speak(Text, voice);
        var profile = VoiceAnalyzer.Analyze(speech.Samples, speech.SampleRate);
        Assert.True(profile is not null, $"{voice}: no voice found in {speech.Seconds:F1} s of speech");
        return profile;
    }
}
