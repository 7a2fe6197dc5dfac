using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using CliWrap;
using CliWrap.Buffered;
using Kino.AudioSynthesis;
using Kino.AudioSynthesis.Mixing;
using Kino.AudioSynthesis.Planning;
using Kino.AudioSynthesis.Synthesis;

namespace Kino.Tests.Audio;

public sealed class AudioRendererTests
{
    [Theory]
    [InlineData("Anna says \"The boat is sinking!\" as rain falls on a dark harbour", 8)]
    [InlineData("A golden retriever runs along a sunny beach", 4)]
    [InlineData("Im Regen ruft Lena: „Das Boot geht unter!“", 6)]
    public async Task The_mix_is_at_minus_14_LUFS_with_true_peak_below_minus_1_dBTP_by_ffmpegs_meter_too(string prompt, int seconds)
    {
        var track = AudioRenderer.Render(AudioPlanner.Plan(prompt), seconds, 7);
        Assert.Equal(seconds * AudioRenderer.SampleRate * 2, track.Mix.Interleaved.Length);
        Assert.InRange(track.Mix.Loudness.IntegratedLufs, -14.5, -13.5);
        Assert.True(track.Mix.Loudness.TruePeakDbtp <= -1.0, $"{track.Mix.Loudness.TruePeakDbtp:F2} dBTP");
        Assert.Equal(track.Plan.Dialogue.Count > 0, track.Phonemes.Count > 0);
        if (track.Plan.Dialogue.Count > 0) Assert.True(track.Mix.MusicDuckingDb < -9, $"ducking {track.Mix.MusicDuckingDb:F1} dB");

        var file = Path.Combine(Path.GetTempPath(), $"kino-mix-{Guid.NewGuid():N}.wav");
        try
        {
            await File.WriteAllBytesAsync(file + ".f32", MemoryMarshal.AsBytes(track.Mix.Interleaved.AsSpan()).ToArray());
            await Kino.Media.MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "f32le", "-ar", "48000", "-ac", "2", "-i", file + ".f32", file], CancellationToken.None);
            var ffmpeg = await Cli.Wrap("ffmpeg").WithArguments(["-hide_banner", "-nostats", "-i", file, "-af", "ebur128=peak=true", "-f", "null", "-"])
                .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
            var summary = ffmpeg.StandardError[ffmpeg.StandardError.LastIndexOf("Summary:", StringComparison.Ordinal)..];
            double integrated = double.Parse(Regex.Match(summary, @"I:\s+(-?[0-9.]+) LUFS").Groups[1].Value, CultureInfo.InvariantCulture);
            double peak = double.Parse(Regex.Match(summary, @"Peak:\s+(-?[0-9.]+) dBFS").Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.InRange(integrated, -14.5, -13.5);
            Assert.True(peak <= -0.9, $"ebur128 true peak {peak}");
        }
        finally
        {
            File.Delete(file);
            File.Delete(file + ".f32");
        }
    }

    [Fact]
    public void The_composer_writes_a_structured_piece_in_the_moods_mode()
    {
        var (audio, score) = Composer.Render(new MusicPlan("sad", false, 72), 12, 48000, 3);
        Assert.False(score.Major);
        Assert.Equal(["intro", "body", "ending"], score.Sections.Select(s => s.Section));
        Assert.EndsWith("m", score.Chords[0]);              // i
        Assert.Equal(score.Chords[0], score.Chords[^1]);    // ends on the tonic
        Assert.True(audio.Left.Skip(48000 * 4).Take(48000).Max(Math.Abs) > 0.01f);
    }

    [Theory]
    [InlineData("rain")]
    [InlineData("wind")]
    [InlineData("sea")]
    [InlineData("city")]
    [InlineData("forest")]
    [InlineData("crowd")]
    [InlineData("night")]
    [InlineData("fire")]
    [InlineData("room")]
    public void Every_ambience_is_sound_not_silence_and_not_a_loop(string scene)
    {
        var a = Ambience.Render(scene, 4, 48000, 1);
        double Rms(int from) => Math.Sqrt(a.Left.Skip(from).Take(48000).Average(x => (double)x * x));
        Assert.True(Rms(0) > 1e-4 && Rms(2 * 48000) > 1e-4, $"{scene}: {Rms(0):E2}");
        // Not a loop: the second second is not a copy of the first.
        var first = a.Left.Take(48000).ToArray();
        var second = a.Left.Skip(48000).Take(48000).ToArray();
        double dot = first.Zip(second).Sum(p => (double)p.First * p.Second), norm = Math.Sqrt(first.Sum(x => (double)x * x) * second.Sum(x => (double)x * x));
        Assert.True(dot / norm < 0.9, $"{scene} repeats");
    }
}

/// <summary>The video stage's scene description drives the ambience: each shot sounds like its own prompt.</summary>
public sealed class ShotAmbienceTests
{
    [Fact]
    public void The_ambience_changes_at_the_cut_between_shots()
    {
        var plan = AudioPlanner.Plan("A quiet room, then cut to heavy rain on a city street");
        Kino.Contracts.ShotDescription[] shots = [new("A quiet room", 0, 2), new("heavy rain on a city street", 2, 2)];
        var bed = AudioRenderer.AmbienceFor(plan, shots, 4, 1);
        double Rms(double from, double to) => Math.Sqrt(bed.Left.Skip((int)(from * 48000)).Take((int)((to - from) * 48000)).Average(x => (double)x * x));
        Assert.True(Rms(2.5, 3.5) > 3 * Rms(0.5, 1.5), $"room {Rms(0.5, 1.5):E2}, rain {Rms(2.5, 3.5):E2}");
        // Without shots, both scenes of the prompt play over the whole clip.
        var whole = AudioRenderer.AmbienceFor(plan, null, 4, 1);
        Assert.True(Math.Sqrt(whole.Left.Take(48000).Average(x => (double)x * x)) > 2 * Rms(0.5, 1.5));
    }
}
