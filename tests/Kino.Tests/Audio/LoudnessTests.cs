using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using CliWrap;
using CliWrap.Buffered;
using Kino.AudioSynthesis.Mixing;

namespace Kino.Tests.Audio;

/// <summary>Kino's BS.1770 meter against ffmpeg's ebur128 filter on the same sounds.</summary>
public sealed class LoudnessTests
{
    /// <summary>Name, lavfi source, and the true peak when it is known exactly (else ebur128's reading is the reference).</summary>
    public static TheoryData<string, string, double?> Sounds => new()
    {
        { "sine 997 Hz at -20 dBFS, stereo", "sine=f=997:d=6,volume=0.1,aformat=channel_layouts=stereo", null },
        { "pink noise, mono", "anoisesrc=c=pink:a=0.3:d=8", null },
        { "brown noise, stereo, with silence", "anoisesrc=c=brown:a=0.5:d=5,apad=pad_dur=3,aformat=channel_layouts=stereo", null },
        { "speech-like bursts", "anoisesrc=c=pink:a=0.4:d=10,volume='if(lt(mod(t,1.3),0.6),1,0.05)':eval=frame", null },
        // Samples peak at 0.9·cos 45° = 0.64, the wave itself at 0.9 (−0.92 dBTP). ebur128's interpolator reads −0.3 dB
        // here (it overshoots near fs/4); Kino's is held to the exact value instead.
        { "intersample peaks: a sine at fs/4, phase 45°", "aevalsrc=0.9*sin(2*PI*12000*t+PI/4):s=48000:d=3", 20 * Math.Log10(0.9) },
    };

    [Theory]
    [MemberData(nameof(Sounds))]
    public async Task Integrated_loudness_and_true_peak_match_ffmpegs_ebur128(string name, string source, double? exactPeak)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kino-loudness-{Guid.NewGuid():N}.wav");
        try
        {
            await Kino.Media.MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", source, "-ar", "48000", "-c:a", "pcm_f32le", file], CancellationToken.None);
            var probe = await Kino.Media.MediaTool.RunAsync("ffprobe", ["-v", "error", "-show_entries", "stream=channels", "-of", "csv=p=0", file], CancellationToken.None);
            int channels = int.Parse(probe.Trim());
            var samples = await ReadSamplesAsync(file);

            var ffmpeg = await Cli.Wrap("ffmpeg").WithArguments(["-hide_banner", "-nostats", "-i", file, "-af", "ebur128=peak=true", "-f", "null", "-"])
                .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
            var summary = ffmpeg.StandardError[ffmpeg.StandardError.LastIndexOf("Summary:", StringComparison.Ordinal)..];
            double expectedI = double.Parse(Regex.Match(summary, @"I:\s+(-?[0-9.]+) LUFS").Groups[1].Value, CultureInfo.InvariantCulture);
            double expectedPeak = exactPeak ?? double.Parse(Regex.Match(summary, @"Peak:\s+(-?[0-9.]+) dBFS").Groups[1].Value, CultureInfo.InvariantCulture);

            var measured = Loudness.Measure(samples, channels, 48000);
            Assert.True(Math.Abs(measured.IntegratedLufs - expectedI) <= 0.1, $"{name}: Kino {measured.IntegratedLufs:F2} LUFS, ebur128 {expectedI:F1}");
            Assert.True(Math.Abs(measured.TruePeakDbtp - expectedPeak) <= 0.2, $"{name}: Kino {measured.TruePeakDbtp:F2} dBTP, expected {expectedPeak:F2}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<float[]> ReadSamplesAsync(string file)
    {
        using var output = new MemoryStream();
        await Cli.Wrap("ffmpeg").WithArguments(["-v", "error", "-i", file, "-f", "f32le", "-"]).WithStandardOutputPipe(PipeTarget.ToStream(output)).ExecuteAsync();
        return MemoryMarshal.Cast<byte, float>(output.ToArray()).ToArray();
    }
}
