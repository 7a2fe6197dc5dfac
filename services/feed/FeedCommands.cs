using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kino.Feed.Evaluation;

namespace Kino.Feed;

/// <summary>
/// Offline commands beside the service: `evaluate` runs the simulated users against the personalised ranking and the two
/// baselines (docs/feed.md, Evaluation); `benchmark` measures ingest and page latency at the target scale (Speed).
/// </summary>
public static class FeedCommands
{
    public static readonly string[] Names = ["evaluate", "benchmark"];

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Converters = { new JsonStringEnumConverter() } };

    public static int Run(string[] args)
    {
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var users = new Option<int>("--users") { DefaultValueFactory = _ => 2000 };
        var steps = new Option<int>("--steps") { Description = "simulated hours", DefaultValueFactory = _ => 168 };
        var evaluate = new Command("evaluate", "Simulated users with hidden preferences: personalised ranking against popularity and chronological") { seed, users, steps };
        evaluate.SetAction(parsed =>
        {
            var report = FeedSimulator.Run(new SimulationOptions { Seed = parsed.GetValue(seed), Users = parsed.GetValue(users), Steps = parsed.GetValue(steps) });
            foreach (var mode in report.Modes) Console.WriteLine(JsonSerializer.Serialize(mode, Json));
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                report.Options.Seed, report.Options.Users, report.Options.Steps, report.Videos, report.Sessions,
                watch_lift_over_popularity = Math.Round(report.LiftOverPopularity, 3), watch_lift_over_chronological = Math.Round(report.LiftOverChronological, 3),
                topic_accuracy = Math.Round(report.TopicAccuracy, 3), slop_detected = Math.Round(report.SlopDetected, 3),
                originals_flagged_as_duplicates = Math.Round(report.OriginalsFlaggedAsDuplicates, 4),
            }, Json));
        });

        var videos = new Option<int>("--videos") { DefaultValueFactory = _ => 100_000 };
        var benchmarkUsers = new Option<int>("--users") { DefaultValueFactory = _ => 10_000 };
        var benchmark = new Command("benchmark", "Ingest rate, page latency (2 threads) and memory at the target scale") { videos, benchmarkUsers };
        benchmark.SetAction(parsed => FeedSpeedBenchmark.Run(parsed.GetValue(videos), parsed.GetValue(benchmarkUsers), trainEvents: 500_000,
            ingestEvents: 200_000, pages: 20_000, warmUpPages: 2_000, Console.Out));
        return new RootCommand("Kino feed: offline commands") { evaluate, benchmark }.Parse(args).Invoke();
    }
}
