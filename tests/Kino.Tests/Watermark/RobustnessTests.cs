using System.Text;
using CliWrap;
using CliWrap.Buffered;
using Kino.Media;
using Kino.Tests.Support;
using Kino.Watermark;
using Kino.Watermark.Evaluation;

namespace Kino.Tests.Watermark;

/// <summary>Two clips made as the pipeline makes them: the shipped video model's picture, the audio stage's sound track.</summary>
public sealed class GeneratedClips : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("kino-wm-").FullName;
    public string Portrait => Path.Combine(Folder, "portrait.mp4");
    public string Landscape => Path.Combine(Folder, "landscape.mp4");

    public async ValueTask InitializeAsync()
    {
        await MakeAsync("A paper boat drifts down a rainy street as Tom says \"Hurry up!\"", "720x1280", 3, Portrait);
        await MakeAsync("A golden retriever runs along a beach at sunset", "1280x720", 4, Landscape);
    }

    private async Task MakeAsync(string prompt, string size, int seed, string output)
    {
        var silent = output + ".silent.mp4";
        var model = Path.Combine(Repo.Root, "services/video-diffusion/bin/Release/net10.0/Kino.VideoDiffusion.dll");
        var run = await Cli.Wrap("dotnet").WithArguments([model, "generate", prompt, silent, "--size", size, "--seed", seed.ToString(),
            "--weights", Path.Combine(Repo.Root, "services/video-diffusion/weights")]).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
        Assert.True(run.ExitCode == 0, run.StandardError);
        // The audio stage's own sound track for the prompt, rendered in a fresh process: espeak-ng's output varies a
        // little with the syntheses run before it in a process, and the audio mark's margin after AAC 64k is thin.
        var audio = Path.Combine(Repo.Root, "services/audio-synthesis/bin/Release/net10.0/Kino.AudioSynthesis.dll");
        var rendered = await Cli.Wrap("dotnet").WithArguments([audio, "render", prompt, output + ".mix.wav", "--seconds", "4", "--seed", seed.ToString()])
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
        Assert.True(rendered.ExitCode == 0, rendered.StandardError);
        await Ffmpeg.MuxAsync(silent, output + ".mix.wav", 4, output, CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// The small CI version of bench/run-watermark.sh: real ffmpeg attacks on generated clips, with thresholds just below
/// what the benchmark measured (docs/watermark.md).
/// </summary>
public sealed class RobustnessTests(GeneratedClips clips) : IClassFixture<GeneratedClips>
{
    private static readonly WatermarkEngine Engine = new(Encoding.UTF8.GetBytes("robustness-test-secret"));

    [Fact]
    public async Task Both_marks_survive_the_hard_attacks_and_the_picture_stays_above_42_dB()
    {
        var chosen = Attacks.All.Where(a => a.Name is "crf28" or "screen" or "hflip" or "cut1s" or "aac64" or "crf35").ToList();
        var folder = Directory.CreateTempSubdirectory("kino-wm-attacks-").FullName;
        try
        {
            // Fixed keys: the audio mark's margin after AAC 64 kbit/s depends on the key's chips, and with random keys
            // one CI run lost it on one of the two clips (see docs/watermark.md); the test must not be a lottery.
            var report = await RobustnessBenchmark.RunAsync(Engine, [clips.Portrait, clips.Landscape], chosen, folder, 1e-6, TextWriter.Null, CancellationToken.None, keySeed: 11);
            AttackResult Row(string name) => report.Attacks.Single(a => a.Attack == name);
            Assert.True(report.Quality.PsnrY >= 42, $"PSNR {report.Quality.PsnrY}");
            Assert.True(report.Quality.SsimY >= 0.75, $"SSIM {report.Quality.SsimY}");
            foreach (var name in new[] { "crf28", "hflip", "cut1s" })
            {
                Assert.True(Row(name).VideoBitAccuracy >= 0.99, $"{name}: {Row(name)}");
                Assert.Equal(1, Row(name).VideoDetectionRate);
            }
            Assert.True(Row("screen").VideoBitAccuracy >= 0.95, Row("screen").ToString());
            Assert.Equal(1, Row("screen").VideoDetectionRate);
            Assert.True(Row("crf35").VideoBitAccuracy >= 0.95, Row("crf35").ToString());
            Assert.True(Row("aac64").AudioBitAccuracy >= 0.97, Row("aac64").ToString());
            Assert.Equal(1, Row("aac64").AudioDetectionRate);
            Assert.Null(Row("aac64").VideoBitAccuracy);
            Assert.All(report.Attacks, a => Assert.Equal(1, a.DetectionRate));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Unmarked_clips_and_their_segments_are_never_detected()
    {
        var report = await FalsePositiveBenchmark.RunAsync(Engine, [clips.Portrait, clips.Landscape], 30, 150, 1e-6, 7, TextWriter.Null, CancellationToken.None);
        Assert.Equal(60, report.VideoTrials);
        Assert.Equal(300, report.AudioTrials);
        Assert.Equal(0, report.FalseDetections);
        Assert.Equal(0, report.VideoDecodes + report.AudioDecodes);
    }

    [Fact]
    public async Task The_visible_mark_is_drawn_and_moves()
    {
        var marked = Path.Combine(clips.Folder, "visible.mp4");
        await Engine.EmbedAsync(clips.Landscape, marked, 99, Kino.Watermark.Visible.VisibleMark.Filter("maria_k"), CancellationToken.None);
        // The mark changes the picture where it is: compare the top-left and top-right corners at 0.5 s and 2.5 s.
        async Task<double> CornerDifference(double at, string crop)
        {
            var result = await Cli.Wrap("ffmpeg").WithArguments(["-hide_banner", "-ss", at.ToString(System.Globalization.CultureInfo.InvariantCulture), "-i", marked,
                "-ss", at.ToString(System.Globalization.CultureInfo.InvariantCulture), "-i", clips.Landscape, "-frames:v", "1",
                "-lavfi", $"[0:v]{crop}[a];[1:v]{crop}[b];[a][b]psnr", "-f", "null", "-"]).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
            var match = System.Text.RegularExpressions.Regex.Match(result.StandardError, @"average:([0-9.]+|inf)");
            return match.Success && match.Groups[1].Value != "inf" ? double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 99;
        }
        const string topLeft = "crop=iw/3:ih/6:0:0", topRight = "crop=iw/3:ih/6:iw*2/3:0";
        Assert.True(await CornerDifference(0.5, topLeft) < 30, "the mark is top-left in the first two seconds");
        Assert.True(await CornerDifference(0.5, topRight) > 38, "and not top-right");
        Assert.True(await CornerDifference(2.5, topRight) < 30, "then it moves top-right");
        Assert.Equal(99UL, (await Engine.ReadAsync(marked, 12, CancellationToken.None)).Key);
    }
}
