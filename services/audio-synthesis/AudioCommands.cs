using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Kino.AudioSynthesis.Planning;

namespace Kino.AudioSynthesis;

/// <summary>
/// Offline commands beside the service: `render` writes the sound track the audio stage would make for a prompt (and
/// prints its plan, score and loudness); `benchmark` times rendering against real time.
/// </summary>
public static class AudioCommands
{
    public static readonly string[] Names = ["render", "benchmark"];

    public static int Run(string[] args)
    {
        var prompt = new Argument<string>("prompt");
        var output = new Argument<string>("output") { Description = "a WAV file (48 kHz stereo)" };
        var seconds = new Option<int>("--seconds") { DefaultValueFactory = _ => 4 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var render = new Command("render", "Render the sound track for a prompt") { prompt, output, seconds, seed };
        render.SetAction(async (parsed, ct) =>
        {
            var clock = Stopwatch.StartNew();
            var track = AudioRenderer.Render(AudioPlanner.Plan(parsed.GetValue(prompt)!), parsed.GetValue(seconds), parsed.GetValue(seed));
            var ms = clock.Elapsed.TotalMilliseconds;
            await track.Mix.WriteWavAsync(parsed.GetValue(output)!, ct);
            Console.WriteLine(JsonSerializer.Serialize(new { track.Plan, track.Music, track.Mix.Loudness, track.Mix.MusicDuckingDb, phonemes = track.Phonemes.Count, track.Transcript, render_ms = Math.Round(ms) },
                new JsonSerializerOptions { WriteIndented = true }));
        });

        var runs = new Option<int>("--runs") { DefaultValueFactory = _ => 5 };
        var benchmark = new Command("benchmark", "Time rendering (plan, speech, ambience, music, mix, loudness) against real time") { seconds, runs };
        benchmark.SetAction(parsed =>
        {
            string[] prompts = ["Anna says \"The boat is sinking!\" as rain falls on a dark harbour", "A golden retriever runs along a sunny beach",
                "Im Regen ruft Lena: „Das Boot geht unter!“", "Two friends talk in a busy cafe, Tom says \"Coffee?\""];
            int length = parsed.GetValue(seconds);
            // Warm-up, as a running service is: espeak-ng's data loaded and the hot loops at the JIT's optimised tier
            // (tiered compilation re-compiles a method after 30 calls; the first renders run slower code).
            for (int r = 0; r < 3; r++)
                foreach (var p in prompts) AudioRenderer.Render(AudioPlanner.Plan(p), length, -1 - r);
            var times = new List<double>();
            for (int r = 0; r < parsed.GetValue(runs); r++)
                foreach (var p in prompts)
                {
                    var clock = Stopwatch.StartNew();
                    AudioRenderer.Render(AudioPlanner.Plan(p), length, r);
                    times.Add(clock.Elapsed.TotalSeconds);
                }
            times.Sort();
            double median = times[times.Count / 2];
            Console.WriteLine(JsonSerializer.Serialize(new { clip_seconds = length, renders = times.Count, median_seconds = Math.Round(median, 3),
                slowest_seconds = Math.Round(times[^1], 3), realtime_factor_median = Math.Round(length / median, 1), realtime_factor_slowest = Math.Round(length / times[^1], 1) }));
        });
        return new RootCommand("Kino audio: offline commands") { render, benchmark }.Parse(args).Invoke();
    }
}
