using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using Kino.Feed.Ranking;

namespace Kino.Feed.Evaluation;

/// <summary>
/// The ranking's speed at the target scale: an engine with <c>videos</c> videos (prompts, visual signatures, creators,
/// slop) and <c>users</c> users (follows), trained on engagement from the simulator's user model; then the ingest rate
/// through <see cref="FeedEngine.Record"/> (1 and 2 threads), page latency from 2 threads, and memory. One JSON line per stage.
/// </summary>
public static class FeedSpeedBenchmark
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Run(int videos, int users, int trainEvents, int ingestEvents, int pages, int warmUpPages, TextWriter output)
    {
        var (engine, userIds, events) = Build(videos, users, trainEvents + ingestEvents, output);

        // Pre-training, one thread: also the single-threaded ingest rate.
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < trainEvents; i++) engine.Record(events[i]);
        Print(output, new { stage = "ingest", threads = 1, events = trainEvents, events_per_s = Math.Round(trainEvents / clock.Elapsed.TotalSeconds) });

        // The rest from two threads at once (each its own half, in time order).
        clock.Restart();
        int half = ingestEvents / 2;
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, t =>
        {
            for (int i = trainEvents + t * half, stop = i + half; i < stop; i++) engine.Record(events[i]);
        });
        Print(output, new { stage = "ingest", threads = 2, events = 2 * half, events_per_s = Math.Round(2 * half / clock.Elapsed.TotalSeconds) });
        events = [];   // so the memory figure below is the engine's

        // Page latency: personalised pages of 10 for random users from two threads; the clock of the requests runs in
        // real time after the last event, so the popular list is recomputed once a second as in a running service.
        var latencies = new double[2][];
        var start = Stopwatch.GetTimestamp();
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, t =>
        {
            var random = new Random(100 + t);
            var times = latencies[t] = new double[pages / 2];
            for (int i = -warmUpPages / 2; i < times.Length; i++)
            {
                var user = userIds[random.Next(userIds.Length)];
                var now = FeedSimulator.Start + Stopwatch.GetElapsedTime(start);
                long before = Stopwatch.GetTimestamp();
                engine.Page(new FeedRequest(user, 10, RankingMode.Personalised, false, now));
                if (i >= 0) times[i] = Stopwatch.GetElapsedTime(before).TotalMilliseconds;
            }
        });
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        Print(output, new
        {
            stage = "pages", threads = 2, requests = all.Length, warm_up = warmUpPages, pages_per_s = Math.Round((all.Length + warmUpPages) / seconds),
            p50_ms = Percentile(all, 0.50), p95_ms = Percentile(all, 0.95), p99_ms = Percentile(all, 0.99), max_ms = Math.Round(all[^1], 2),
        });

        long managed = GC.GetTotalMemory(forceFullCollection: true);
        Print(output, new
        {
            stage = "memory", managed_mib = Math.Round(managed / 1048576.0), working_set_mib = Math.Round(Environment.WorkingSet / 1048576.0),
            managed_bytes_per_video = managed / videos, server_gc = GCSettings.IsServerGC,
        });
        GC.KeepAlive(engine);
    }

    /// <summary>The world, its engagement, and the engine indexed with its videos and follows; only the engine outlives it.</summary>
    private static (FeedEngine Engine, string[] UserIds, EngagementSignal[] Events) Build(int videos, int users, int events, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var world = new SyntheticWorld(11, users, Math.Max(50, videos / 50));
        var end = FeedSimulator.Start;
        world.Publish(videos, end.AddDays(-30), end, 0.15);
        var signals = Engagement(world, events, end.AddDays(-7), end, new Random(12));
        Print(output, new { stage = "world", videos, users, creators = world.Creators.Count, events = signals.Length, seconds = Math.Round(clock.Elapsed.TotalSeconds, 1) });

        var engine = new FeedEngine();
        clock.Restart();
        foreach (var v in world.Videos) engine.Add(v.Feed);
        int follows = 0;
        foreach (var user in world.Users)
            foreach (var c in user.Follows) { engine.Follow(user.Id, world.Creators[c].Id, true); follows++; }
        Print(output, new { stage = "index", videos = engine.Count, follows, videos_per_s = Math.Round(videos / clock.Elapsed.TotalSeconds) });
        return (engine, world.Users.Select(u => u.Id).ToArray(), signals);
    }

    /// <summary>
    /// Engagement in time order over [from, to): a random user watches a video of a topic they like (70 %) or any video
    /// published by then; the share watched, likes and the rest come from the simulator's user model.
    /// </summary>
    private static EngagementSignal[] Engagement(SyntheticWorld world, int count, DateTimeOffset from, DateTimeOffset to, Random random)
    {
        var byTopic = Enumerable.Range(0, SyntheticWorld.Topics.Length).Select(t => new List<int>()).ToArray();
        for (int i = 0; i < world.Videos.Count; i++) byTopic[world.Videos[i].Topic].Add(i);
        var signals = new List<EngagementSignal>(count);
        var published = world.Videos.Select(v => v.Feed.PublishedAt).ToArray();
        for (int e = 0; signals.Count < count; e++)
        {
            var at = from + (to - from) * (signals.Count / (double)count);
            var user = world.Users[random.Next(world.Users.Count)];
            int video;
            if (random.NextDouble() < 0.7)
            {
                int topic = Pick(user.Affinity, random);
                var list = byTopic[topic];
                int available = Available(list, published, at);
                if (available == 0) continue;
                video = list[random.Next(available)];
            }
            else
            {
                int available = Available(null, published, at);
                if (available == 0) continue;
                video = random.Next(available);
            }
            var v = world.Videos[video];
            double fraction = SyntheticWorld.Sigmoid(world.Logit(user, v, false) + SyntheticWorld.NoiseSd * world.Normal());
            signals.Add(new EngagementSignal(user.Id, v.Feed.Id, EngagementKinds.View, fraction, at));
            if (signals.Count < count && random.NextDouble() < 0.35 * Math.Clamp((fraction - 0.6) / 0.4, 0, 1))
                signals.Add(new EngagementSignal(user.Id, v.Feed.Id, EngagementKinds.Like, 1, at));
            if (signals.Count < count && user.Affinity[v.Topic] < 0.1 && fraction < 0.3 && random.NextDouble() < 0.06)
                signals.Add(new EngagementSignal(user.Id, v.Feed.Id, EngagementKinds.NotInterested, 0, at));
        }
        return signals.ToArray();
    }

    /// <summary>How many of the (time-ordered) videos were published by <paramref name="at"/>.</summary>
    private static int Available(List<int>? subset, DateTimeOffset[] published, DateTimeOffset at)
    {
        int lo = 0, hi = subset?.Count ?? published.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (published[subset?[mid] ?? mid] <= at) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int Pick(double[] weights, Random random)
    {
        double u = random.NextDouble() * weights.Sum();
        for (int i = 0; i < weights.Length; i++)
            if ((u -= weights[i]) < 0) return i;
        return weights.Length - 1;
    }

    private static double Percentile(double[] sorted, double q) => Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)], 2);

    private static void Print(TextWriter output, object line) => output.WriteLine(JsonSerializer.Serialize(line, Json));
}
