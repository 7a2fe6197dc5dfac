using Kino.AudioSynthesis.Speech;
using Kino.Contracts;
using Kino.LipSync.Visemes;

namespace Kino.Tests.Audio;

/// <summary>Visemes from espeak-ng's phonemes, coarticulated, against the speech's energy: the lip-sync metric.</summary>
public sealed class LipSyncMetricTests
{
    [Theory]
    [InlineData("p", "PP")]
    [InlineData("m", "PP")]
    [InlineData("aI", "aa")]
    [InlineData("tS", "CH")]
    [InlineData("u:", "ou")]
    [InlineData("oU", "oh")]
    [InlineData("_:", "sil")]
    [InlineData("s", "SS")]
    [InlineData("D", "TH")]
    [InlineData("y:", "ou")]
    [InlineData("pF", "FF")]
    public void Phonemes_map_to_the_standard_visemes(string phoneme, string viseme) => Assert.Equal(viseme, VisemeSet.Of(phoneme));

    private static readonly (string Voice, string Text)[] SpeakingSet =
    [
        ("en", "Hello there. The boat is sinking, and we have to swim to the shore before the storm comes back."),
        ("en", "My mother made a marvellous apple pie, but nobody would buy a piece at the market."),
        ("en", "Peter picked a peck of pickled peppers while Anna was watching from the window."),
        ("de", "Hallo, das Boot geht unter! Wir müssen schnell zum Ufer schwimmen, bevor der Sturm kommt."),
        ("de", "Mama macht morgen Marmelade, aber Papa möchte lieber Pfannkuchen."),
        // Held out while the dominance time constant was chosen on the five above.
        ("en", "The little dog barked at the mailman every single morning."),
        ("en", "We should open the windows and let the fresh air inside."),
        ("en", "Bring me the blue box from the top shelf, please."),
        ("de", "Der Zug fährt heute leider eine Stunde später ab."),
        ("de", "Ich habe dir gestern einen langen Brief geschrieben."),
    ];

    private static SyncScore Score(string voice, string text, double shiftSeconds = 0)
    {
        var speech = SpeechSynthesizer.Speak(text, new VoiceSettings(voice));
        const double fps = 24;
        int frames = (int)Math.Ceiling((speech.Seconds + shiftSeconds) * fps);
        var phonemes = speech.Phonemes.Select(p => new PhonemeTiming(p.Name, p.Start + shiftSeconds, p.End + shiftSeconds)).ToList();
        // Stress from the speech as spoken (unshifted), so a shifted track carries each phoneme's own loudness with it.
        var spoken = speech.Phonemes.Select(p => new PhonemeTiming(p.Name, p.Start, p.End)).ToList();
        var mouth = MouthTrack.Frames(phonemes, frames, fps, emphasis: MouthTrack.Emphasis(spoken, speech.Samples, speech.SampleRate));
        Assert.Contains(mouth.Skip(2).Take(frames - 4), m => m.Open < 0.15);   // lips close on bilabials while speaking
        return SyncMetric.Measure(mouth.Select(m => m.Open).ToList(), speech.Samples, speech.SampleRate, fps);
    }

    /// <summary>
    /// Target: |offset| ≤ 1 frame and correlation ≥ 0.6. Measured on the ten sentences with stress from the speech's
    /// loudness: every offset 0 or +1; mean correlation 0.631 (0.635 on the five used to choose the 10 ms dominance,
    /// 0.627 on the five held out); the lowest 0.438. Without stress the mean was 0.600. The floors sit just under the
    /// measured figures so a regression fails (docs/audio.md).
    /// </summary>
    [Fact]
    public void On_the_speaking_set_the_mouth_is_within_one_frame_of_the_speech()
    {
        var scores = SpeakingSet.Select(s => (s.Text, Score: Score(s.Voice, s.Text))).ToList();
        var report = string.Join("; ", scores.Select(s => $"{s.Score.OffsetFrames:+0;-0;0} frames, r={s.Score.Correlation:F3}"));
        Assert.All(scores, s => Assert.True(Math.Abs(s.Score.OffsetFrames) <= 1, report));
        Assert.True(scores.Average(s => s.Score.Correlation) >= 0.62, report);
        Assert.All(scores, s => Assert.True(s.Score.Correlation >= 0.42, report));
    }

    [Fact]
    public void A_mouth_track_shifted_by_three_frames_is_reported_three_frames_later()
    {
        const string text = "Peter picked a peck of pickled peppers at the park.";
        Assert.Equal(3, Score("en", text, 3 / 24.0).OffsetFrames - Score("en", text).OffsetFrames);
    }
}
