using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Kino.LoadTest;

public sealed record LoadSettings(Uri Url, string AdminKey, int Users, TimeSpan Duration, double JobsPerMinute, string VirtualHost, string Output);

/// <summary>
/// Virtual users, each acting every 2 s on average (exponential think time): ask for a video (at the rate that makes
/// <see cref="LoadSettings.JobsPerMinute"/> all together), poll their oldest unfinished video, read a feed page, or send
/// engagement (a view with watch time, sometimes a like) for a video of their last feed page.
/// </summary>
public static class LoadRun
{
    private const double MeanThinkSeconds = 2;
    private static readonly string[] Prompts =
    [
        "A red ball bounces across a sunny beach while a seagull calls", "A blue square slides over a snowy field at night",
        "A yellow circle rolls through a rainy city street", "Two green triangles dance in a forest as birds sing",
        "A robot says \"Hello there!\" in a quiet room", "An orange star floats above the sea at sunset with calm music",
        "A purple kite flies over a windy hill", "A white boat drifts on a calm lake at dawn",
    ];

    public static async Task RunAsync(LoadSettings settings, CancellationToken ct)
    {
        Directory.CreateDirectory(settings.Output);
        var clock = Stopwatch.StartNew();
        var users = await CreateUsersAsync(settings, ct);
        Console.WriteLine($"load: {users.Count} users; {settings.JobsPerMinute} jobs/min asked for {settings.Duration.TotalMinutes} min");

        var latencies = new ConcurrentBag<(string Operation, double Ms, bool Ok)>();
        var jobs = new ConcurrentDictionary<string, JobTimes>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(settings.Duration);
        var start = clock.Elapsed;
        var sampler = new Sampler(settings.VirtualHost);
        var sampling = sampler.RunAsync(users, jobs, () => (clock.Elapsed - start).TotalSeconds, stop.Token);
        // Each user's chance of asking for a video on an action, so that all users together ask for JobsPerMinute.
        var createChance = Math.Min(1, settings.JobsPerMinute / 60 * MeanThinkSeconds / settings.Users);
        await Task.WhenAll(users.Select((user, i) => UserAsync(user, new Random(i + 1), createChance, latencies, jobs, () => (clock.Elapsed - start).TotalSeconds, stop.Token)));
        await sampling;

        var summary = Summarise(settings, latencies.ToList(), jobs.Values.ToList(), sampler);
        Console.WriteLine(summary);
        await File.WriteAllTextAsync(Path.Combine(settings.Output, "summary.md"), summary, ct);
        sampler.WriteCsv(settings.Output);
    }

    private static async Task<List<VirtualUser>> CreateUsersAsync(LoadSettings settings, CancellationToken ct)
    {
        using var admin = Client(settings.Url, settings.AdminKey);
        var users = new List<VirtualUser>();
        for (var i = 0; i < settings.Users; i++)
        {
            var response = await admin.PostAsJsonAsync("/v1/admin/api_keys", new { name = $"load-{i}", plan = "pro" }, ct);
            response.EnsureSuccessStatusCode();
            var key = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("key").GetString()!;
            users.Add(new VirtualUser(Client(settings.Url, key)));
        }
        return users;
    }

    private static HttpClient Client(Uri url, string key)
    {
        var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task UserAsync(VirtualUser user, Random random, double createChance, ConcurrentBag<(string, double, bool)> latencies,
        ConcurrentDictionary<string, JobTimes> jobs, Func<double> now, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) * MeanThinkSeconds), ct);
                var roll = random.NextDouble();
                if (roll < createChance) await CreateAsync(user, random, latencies, jobs, now, ct);
                else if (roll < createChance + (1 - createChance) * 0.3 && user.Pending.TryPeek(out var pending)) await PollAsync(user, pending, latencies, jobs, now, ct);
                else if (roll < createChance + (1 - createChance) * 0.65 || user.LastPage.Count == 0) await FeedAsync(user, latencies, ct);
                else await EngageAsync(user, random, latencies, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        }
    }

    private static async Task<HttpResponseMessage?> TimedAsync(string operation, ConcurrentBag<(string, double, bool)> latencies, Func<Task<HttpResponseMessage>> call)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var response = await call();
            latencies.Add((operation, watch.Elapsed.TotalMilliseconds, response.IsSuccessStatusCode));
            return response;
        }
        catch (HttpRequestException)
        {
            latencies.Add((operation, watch.Elapsed.TotalMilliseconds, false));
            return null;
        }
    }

    private static async Task CreateAsync(VirtualUser user, Random random, ConcurrentBag<(string, double, bool)> latencies,
        ConcurrentDictionary<string, JobTimes> jobs, Func<double> now, CancellationToken ct)
    {
        var body = new { prompt = Prompts[random.Next(Prompts.Length)], seconds = "4", size = "720x1280", seed = random.Next() };
        var response = await TimedAsync("create", latencies, () => user.Http.PostAsJsonAsync("/v1/videos", body, ct));
        if (response is not { IsSuccessStatusCode: true }) return;
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
        jobs[id] = new JobTimes(now());
        user.Pending.Enqueue(id);
    }

    private static async Task PollAsync(VirtualUser user, string id, ConcurrentBag<(string, double, bool)> latencies,
        ConcurrentDictionary<string, JobTimes> jobs, Func<double> now, CancellationToken ct)
    {
        var response = await TimedAsync("poll", latencies, () => user.Http.GetAsync($"/v1/videos/{id}", ct));
        if (response is not { IsSuccessStatusCode: true }) return;
        var status = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("status").GetString();
        if (status is "completed" or "failed") Finish(user, id, status, jobs, now());
    }

    /// <summary>Records a job's end once, whether the user's poll or the sampler saw it first.</summary>
    public static void Finish(VirtualUser user, string id, string status, ConcurrentDictionary<string, JobTimes> jobs, double at)
    {
        if (jobs.TryGetValue(id, out var times) && times.FinishedAt is null) jobs[id] = times with { FinishedAt = at, Status = status };
        if (user.Pending.TryPeek(out var head) && head == id) user.Pending.TryDequeue(out _);
    }

    private static async Task FeedAsync(VirtualUser user, ConcurrentBag<(string, double, bool)> latencies, CancellationToken ct)
    {
        var path = user.Cursor is null ? "/v1/feed?limit=10" : $"/v1/feed?limit=10&cursor={Uri.EscapeDataString(user.Cursor)}";
        var response = await TimedAsync("feed", latencies, () => user.Http.GetAsync(path, ct));
        if (response is not { IsSuccessStatusCode: true }) return;
        var page = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        user.LastPage = page.GetProperty("data").EnumerateArray().Select(v => v.GetProperty("video_id").GetString()!).ToList();
        user.Cursor = page.GetProperty("has_more").GetBoolean() ? page.GetProperty("next_cursor").GetString() : null;
    }

    private static async Task EngageAsync(VirtualUser user, Random random, ConcurrentBag<(string, double, bool)> latencies, CancellationToken ct)
    {
        var video = user.LastPage[random.Next(user.LastPage.Count)];
        object body = random.NextDouble() < 0.2
            ? new { video_id = video, type = "like" }
            : new { video_id = video, type = "view", watch_seconds = Math.Round(random.NextDouble() * 4, 1) };
        await TimedAsync("engagement", latencies, () => user.Http.PostAsJsonAsync("/v1/feed/events", body, ct));
    }

    private static string Summarise(LoadSettings settings, List<(string Operation, double Ms, bool Ok)> latencies, List<JobTimes> jobs, Sampler sampler)
    {
        var text = new StringBuilder();
        var minutes = settings.Duration.TotalMinutes;
        // Steady state: after the first fifth of the run (start-up, JIT, the first batches filling the pipeline).
        var warm = settings.Duration.TotalSeconds / 5;
        var finished = jobs.Where(j => j.FinishedAt >= warm && j.Status == "completed").ToList();
        var sustained = finished.Count / ((settings.Duration.TotalSeconds - warm) / 60);
        var turnaround = jobs.Where(j => j.Status == "completed").Select(j => j.FinishedAt!.Value - j.SubmittedAt).Order().ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"{settings.Users} users for {minutes:F0} min, asking for {settings.JobsPerMinute:F0} videos/min (4 s, 720×1280): " +
            $"{jobs.Count} asked, {jobs.Count(j => j.Status == "completed")} completed, {jobs.Count(j => j.Status == "failed")} failed during the run.");
        text.AppendLine(CultureInfo.InvariantCulture, $"**Sustained: {sustained:F1} jobs/min** (completions after the first {warm / 60:F0} min); " +
            $"time from request to completed video p50 {Percentile(turnaround, 0.5):F0} s, p99 {Percentile(turnaround, 0.99):F0} s.");
        text.AppendLine();
        text.AppendLine("| operation | requests | errors | p50 | p99 |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var group in latencies.GroupBy(l => l.Operation).OrderBy(g => g.Key))
        {
            var sorted = group.Select(l => l.Ms).Order().ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key} | {group.Count()} | {group.Count(l => !l.Ok)} | {Percentile(sorted, 0.5):F1} ms | {Percentile(sorted, 0.99):F1} ms |");
        }
        text.AppendLine();
        text.AppendLine(sampler.Describe(warm));
        return text.ToString();
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

public sealed class VirtualUser(HttpClient http)
{
    public HttpClient Http { get; } = http;
    public ConcurrentQueue<string> Pending { get; } = new();
    public List<string> LastPage { get; set; } = [];
    public string? Cursor { get; set; }
}

public sealed record JobTimes(double SubmittedAt, double? FinishedAt = null, string? Status = null);
