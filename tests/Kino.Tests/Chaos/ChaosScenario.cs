using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kino.Contracts;
using Kino.Tests.EndToEnd;
using Kino.Tests.Support;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Kino.Tests.Chaos;

/// <summary>
/// One fault: the jobs done before it, the jobs whose work its target held when it struck (a stage service: jobs whose
/// current stage is its own; anything else: every unfinished job), and how long the target took to serve again
/// (service: kill → ready; broker: stop → every service ready).
/// </summary>
public sealed record ChaosFault(string Target, double AtSeconds, double RecoveredAfterMs, int CompletedBefore, int JobsInItsHands);

public sealed record ChaosReport(int Jobs, int Seed, double SubmitSeconds, double TotalSeconds, double LastFaultToAllDoneSeconds,
    double LongestCompletionGapSeconds, int StageResends, IReadOnlyList<ChaosFault> Faults, IReadOnlyList<string> Problems)
{
    public int FaultsOnWorkInFlight => Faults.Count(f => f.JobsInItsHands > 0);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Jobs} jobs, seed {Seed}: submitted in {SubmitSeconds:F1} s; all done {TotalSeconds:F1} s after the first submit, " +
            $"{LastFaultToAllDoneSeconds:F1} s after the last fault; longest gap between two completions {LongestCompletionGapSeconds:F1} s; " +
            $"stage commands re-sent by the orchestrator: {StageResends}.");
        text.AppendLine();
        text.AppendLine("| # | fault | at (s) | jobs completed before | jobs in its hands | serving again after |");
        text.AppendLine("|---|---|---|---|---|---|");
        for (var i = 0; i < Faults.Count; i++)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {i + 1} | {Faults[i].Target} | {Faults[i].AtSeconds:F1} | {Faults[i].CompletedBefore} | {Faults[i].JobsInItsHands} | {Faults[i].RecoveredAfterMs:F0} ms |");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{FaultsOnWorkInFlight} of {Faults.Count} faults struck while their target held work in flight.");
        text.AppendLine();
        text.AppendLine(Problems.Count == 0 ? "Nothing lost, nothing duplicated." : "Problems:\n" + string.Join('\n', Problems.Select(p => "- " + p)));
        return text.ToString();
    }
}

/// <summary>
/// Chaos on a distributed Kino with a broker of its own: <see cref="Jobs"/> jobs are put in flight, then every service
/// is killed with SIGKILL once (the <c>./kino up</c> supervisor starts each again, as Kubernetes would), and RabbitMQ is
/// restarted once. Each fault strikes a target that holds work at that moment, chosen at random among those that do: a
/// stage's service while some job's current stage is its own, the other processes and the broker while jobs are
/// unfinished, so that every kill interrupts work in flight rather than an idle process. Afterwards every job must have completed exactly once:
/// completed in the API, one signed MP4 in the blob store, one entry in the feed, one <c>video.completed</c> and one
/// <c>video.published</c> public event (by CloudEvent id; redeliveries of the same event are allowed).
/// </summary>
public sealed class ChaosScenario(int jobs, int seed, TimeSpan deadline, Action<string> log)
{
    public int Jobs => jobs;
    private const string Broker = "rabbitmq";
    private readonly Stopwatch _clock = new();
    private readonly ConcurrentDictionary<string, double> _completedAt = new();

    public async Task<ChaosReport> RunAsync()
    {
        var brokerPort = FreePort(5700, 5799);
        await using var broker = await RabbitMqNode.StartAsync($"kino-chaos-{brokerPort}", brokerPort);
        await using var platform = await KinoPlatform.StartAsync(distributed: true, new Dictionary<string, string>
        {
            ["Kino__Bus__RabbitMqPort"] = brokerPort.ToString(CultureInfo.InvariantCulture),
            ["Kino__Bus__RabbitMqVirtualHost"] = "/",
        });
        await using var tap = await PublicEventTap.StartAsync(brokerPort);
        var problems = new List<string>();

        _clock.Start();
        var ids = new List<string>();
        for (var i = 0; i < jobs; i++)
        {
            var created = await VideoFlow.PostJsonAsync(platform, "/v1/videos", new { prompt = Prompts[i % Prompts.Length], seconds = "4", size = "720x1280", seed = seed * 1000 + i });
            ids.Add(created.GetProperty("id").GetString()!);
        }
        var submitSeconds = _clock.Elapsed.TotalSeconds;
        log($"chaos: {jobs} jobs submitted in {submitSeconds:F1} s");

        using var watching = new CancellationTokenSource();
        var watcher = WatchCompletionsAsync(platform, ids, watching.Token);

        var random = new Random(seed);
        var remaining = platform.ServicePorts.Keys.Append(Broker).ToList();
        var faults = new List<ChaosFault>();
        while (remaining.Count > 0)
        {
            await Task.Delay(random.Next(500, 2000));
            var (target, inItsHands) = await NextTargetAsync(remaining, random);
            remaining.Remove(target);
            faults.Add(target == Broker ? await RestartBrokerAsync(platform, broker, inItsHands) : await KillAsync(platform, target, inItsHands));
            log($"chaos: {target} ({inItsHands} jobs in its hands) recovered in {faults[^1].RecoveredAfterMs:F0} ms ({_completedAt.Count}/{jobs} done)");
        }
        var lastFault = _clock.Elapsed.TotalSeconds;

        var statuses = await WaitForAllAsync(platform, ids);
        await watching.CancelAsync();
        await watcher;
        var total = _clock.Elapsed.TotalSeconds;
        log($"chaos: every job finished {total:F1} s after the first submit");

        foreach (var (id, status) in statuses.Where(s => s.Value.GetProperty("status").GetString() != "completed"))
            problems.Add($"{id} ended {status.GetProperty("status").GetString()}: {status.GetProperty("error")}");
        problems.AddRange(await CheckExactlyOnceAsync(platform, ids, tap));
        var resends = 0;
        foreach (var id in ids)
        {
            var job = JsonDocument.Parse(await platform.Http.GetStringAsync($"/v1/admin/jobs/{id["video_".Length..]}")).RootElement;
            resends += job.GetProperty("stages").EnumerateArray().Sum(s => Math.Max(0, s.GetProperty("attempts").GetInt32() - 1));
        }
        var times = _completedAt.Values.Order().ToList();
        var gap = times.Zip(times.Skip(1), (a, b) => b - a).DefaultIfEmpty(0).Max();
        return new ChaosReport(jobs, seed, submitSeconds, total, total - lastFault, gap, resends, faults, problems);
    }

    private static readonly string[] Prompts =
    [
        "A red ball bounces across a sunny beach while a seagull calls",
        "A blue square slides over a snowy field at night",
        "A yellow circle rolls through a rainy city street",
        "Two green triangles dance in a forest as birds sing",
        "A robot says \"Hello, Kino!\" in a quiet room",
        "An orange star floats above the sea at sunset with calm music",
    ];

    /// <summary>The pipeline stages whose commands each stage service consumes; every other process serves all jobs.</summary>
    private static readonly Dictionary<string, string[]> StagesOf = new()
    {
        ["moderation"] = [Stages.Moderation, Stages.OutputModeration],
        ["video-diffusion"] = [Stages.Video],
        ["audio-synthesis"] = [Stages.Audio],
        ["lip-sync"] = [Stages.LipSync],
        ["watermark"] = [Stages.Watermark],
        ["provenance"] = [Stages.Provenance],
        ["feed"] = [Stages.Publish],
    };

    /// <summary>How many jobs' work <paramref name="target"/> holds now, as the last look at the jobs saw it.</summary>
    private int JobsInHandsOf(string target)
    {
        var work = _work;
        return StagesOf.TryGetValue(target, out var stages) ? stages.Sum(s => work.Running.GetValueOrDefault(s)) : work.Unfinished;
    }

    /// <summary>
    /// A random target among those holding work, a stage's service first (its work comes and goes with the pipeline,
    /// while the other processes hold work as long as any job is unfinished). When none does, waits for one, at most
    /// 30 s, and then takes any: the report shows such a fault with no job in its hands.
    /// </summary>
    private async Task<(string Target, int JobsInItsHands)> NextTargetAsync(List<string> remaining, Random random)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var busy = remaining.Where(t => JobsInHandsOf(t) > 0).ToList();
            var busyStages = busy.Where(StagesOf.ContainsKey).ToList();
            var choices = busyStages.Count > 0 ? busyStages : busy.Count > 0 ? busy : DateTime.UtcNow > until ? remaining : [];
            if (choices.Count > 0)
            {
                var target = choices[random.Next(choices.Count)];
                return (target, JobsInHandsOf(target));
            }
            await Task.Delay(100);
        }
    }

    private async Task<ChaosFault> KillAsync(KinoPlatform platform, string service, int inItsHands)
    {
        var port = platform.ServicePorts[service];
        var pid = KinoPlatform.ProcessListeningOn(port) ?? throw new InvalidOperationException($"{service} is not running:\n{platform.Log()}");
        var at = _clock.Elapsed;
        var completedBefore = _completedAt.Count;
        Process.Start("kill", ["-KILL", pid.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
        // Ready means a new process: the killed one cannot answer any more.
        var deadlineAt = DateTime.UtcNow.AddSeconds(90);
        while (KinoPlatform.ProcessListeningOn(port) is not { } restarted || restarted == pid)
        {
            if (DateTime.UtcNow > deadlineAt) throw new TimeoutException($"{service} was not started again:\n{platform.Log()}");
            await Task.Delay(50);
        }
        await platform.WaitReadyAsync(port, deadlineAt);
        return new ChaosFault(service + " (SIGKILL)", at.TotalSeconds, (_clock.Elapsed - at).TotalMilliseconds, completedBefore, inItsHands);
    }

    private async Task<ChaosFault> RestartBrokerAsync(KinoPlatform platform, RabbitMqNode broker, int inItsHands)
    {
        var at = _clock.Elapsed;
        var completedBefore = _completedAt.Count;
        broker.Stop();
        await broker.StartAsync();
        var deadlineAt = DateTime.UtcNow.AddSeconds(120);
        foreach (var port in platform.ServicePorts.Values)
            await platform.WaitReadyAsync(port, deadlineAt);
        return new ChaosFault("RabbitMQ (restart)", at.TotalSeconds, (_clock.Elapsed - at).TotalMilliseconds, completedBefore, inItsHands);
    }

    /// <summary>The jobs not yet finished, and how many of them are at each running stage.</summary>
    private sealed record WorkInFlight(int Unfinished, IReadOnlyDictionary<string, int> Running);

    private volatile WorkInFlight _work = new(0, new Dictionary<string, int>());

    /// <summary>
    /// Notes when each job is first seen completed, and where the unfinished ones are, through the faults (a request
    /// that fails is simply tried again).
    /// </summary>
    private async Task WatchCompletionsAsync(KinoPlatform platform, IReadOnlyList<string> ids, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = platform.BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        http.DefaultRequestHeaders.Authorization = platform.Http.DefaultRequestHeaders.Authorization;
        var wanted = ids.ToHashSet();
        while (!ct.IsCancellationRequested && _completedAt.Count < ids.Count)
        {
            try
            {
                var page = await http.GetFromJsonAsync<JsonElement>("/v1/videos?limit=100", ct);
                var running = new Dictionary<string, int>();
                var unfinished = 0;
                foreach (var video in page.GetProperty("data").EnumerateArray())
                {
                    var id = video.GetProperty("id").GetString()!;
                    if (!wanted.Contains(id)) continue;
                    var status = video.GetProperty("status").GetString();
                    if (status == "completed") _completedAt.TryAdd(id, _clock.Elapsed.TotalSeconds);
                    if (status is "completed" or "failed" or "cancelled") continue;
                    unfinished++;
                    foreach (var stage in video.GetProperty("stages").EnumerateArray().Where(s => s.GetProperty("status").GetString() == "running"))
                    {
                        var name = stage.GetProperty("name").GetString()!;
                        running[name] = running.GetValueOrDefault(name) + 1;
                    }
                }
                _work = new WorkInFlight(unfinished, running);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException) { }
            try { await Task.Delay(250, ct); } catch (OperationCanceledException) { }
        }
    }

    private async Task<Dictionary<string, JsonElement>> WaitForAllAsync(KinoPlatform platform, IReadOnlyList<string> ids)
    {
        var until = DateTime.UtcNow + deadline;
        var statuses = new Dictionary<string, JsonElement>();
        while (true)
        {
            foreach (var id in ids.Where(id => !statuses.ContainsKey(id)))
            {
                var video = JsonDocument.Parse(await platform.Http.GetStringAsync($"/v1/videos/{id}")).RootElement.Clone();
                if (video.GetProperty("status").GetString() is "completed" or "failed" or "cancelled") statuses[id] = video;
            }
            if (statuses.Count == ids.Count) return statuses;
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"{ids.Count - statuses.Count} of {ids.Count} jobs unfinished after {deadline}:\n{platform.Log()}");
            await Task.Delay(500);
        }
    }

    private static async Task<List<string>> CheckExactlyOnceAsync(KinoPlatform platform, IReadOnlyList<string> ids, PublicEventTap tap)
    {
        var problems = new List<string>();
        if (ids.Distinct().Count() != ids.Count) problems.Add("the gateway gave two jobs the same id");
        var listed = (await platform.Http.GetFromJsonAsync<JsonElement>("/v1/videos?limit=100")).GetProperty("data").EnumerateArray()
            .Select(v => v.GetProperty("id").GetString()!).ToList();
        if (listed.Count != ids.Count || !listed.ToHashSet().SetEquals(ids)) problems.Add($"the API lists {listed.Count} videos for {ids.Count} jobs");

        // One signed MP4 per job in the blob store: provenance-<attempt>.mp4 (the unmarked copy is not made by default).
        foreach (var id in ids)
        {
            var folder = Path.Combine(platform.DataDirectory, "blobs", "jobs", id["video_".Length..]);
            var signed = Directory.Exists(folder) ? Directory.GetFiles(folder, "provenance-*.mp4").Where(f => !f.Contains("unmarked")).ToList() : [];
            if (signed.Count != 1) problems.Add($"{id}: {signed.Count} signed MP4s ({string.Join(", ", signed.Select(Path.GetFileName))})");
        }
        // Every download is a signed, trusted MP4 with sound.
        foreach (var id in ids)
        {
            var path = Path.Combine(platform.DataDirectory, $"chaos-{id}.mp4");
            await File.WriteAllBytesAsync(path, await platform.Http.GetByteArrayAsync($"/v1/videos/{id}/content"));
            var media = await Ffprobe.ProbeAsync(path);
            if (media.VideoCodec != "h264" || media.AudioCodec != "aac") problems.Add($"{id}: downloaded {media.VideoCodec}/{media.AudioCodec}");
            using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", "video.mp4" } };
            var verified = await (await platform.Http.PostAsync("/v1/provenance/verify", form)).Content.ReadFromJsonAsync<JsonElement>();
            if (verified.GetProperty("validation_state").GetString() != "trusted") problems.Add($"{id}: C2PA {verified.GetProperty("validation_state")}");
        }

        // One feed entry each, in the creator's profile.
        var me = (await platform.Http.GetFromJsonAsync<JsonElement>("/v1/me")).GetProperty("id").GetString()!;
        var profile = (await platform.Http.GetFromJsonAsync<JsonElement>($"/v1/users/{me}/videos?limit=100")).GetProperty("data").EnumerateArray()
            .Select(v => v.GetProperty("video_id").GetString()!).ToList();
        foreach (var id in ids)
        {
            var entries = profile.Count(v => v == id);
            if (entries != 1) problems.Add($"{id}: {entries} feed entries");
        }
        if (profile.Count != ids.Count) problems.Add($"the feed holds {profile.Count} entries for {ids.Count} jobs");

        // One public event of each kind per video (the same CloudEvent delivered again is fine: consumers drop it by id).
        await tap.WaitForAsync(ids, TimeSpan.FromSeconds(30));
        foreach (var type in PublicEventTap.Types)
            foreach (var id in ids)
            {
                var events = tap.DistinctEvents(type, id);
                if (events != 1) problems.Add($"{id}: {events} distinct {type} events");
            }
        return problems;
    }

    private static int FreePort(int from, int to)
    {
        var used = System.Net.NetworkInformation.IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Select(e => e.Port).ToHashSet();
        return Enumerable.Range(from, to - from + 1).First(p => !used.Contains(p) && !used.Contains(p + 20000));
    }

    /// <summary>A durable queue on <c>kino.public</c> that counts the video events third parties would see.</summary>
    private sealed class PublicEventTap : IAsyncDisposable
    {
        public static readonly string[] Types = ["dev.kino.video.completed.v1", "dev.kino.video.published.v1"];
        private readonly ConcurrentDictionary<(string Type, string Subject), ConcurrentDictionary<string, int>> _seen = new();
        private IConnection _connection = null!;
        private IChannel _channel = null!;

        public static async Task<PublicEventTap> StartAsync(int port)
        {
            var tap = new PublicEventTap();
            tap._connection = await new ConnectionFactory { Port = port, ClientProvidedName = "kino-chaos-tap" }.CreateConnectionAsync();
            tap._channel = await tap._connection.CreateChannelAsync();
            await tap._channel.ExchangeDeclareAsync("kino.public", ExchangeType.Topic, durable: true, autoDelete: false);
            await tap._channel.QueueDeclareAsync("kino-chaos-tap", durable: true, exclusive: false, autoDelete: false);
            foreach (var type in Types) await tap._channel.QueueBindAsync("kino-chaos-tap", "kino.public", type);
            var consumer = new AsyncEventingBasicConsumer(tap._channel);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                var cloudEvent = JsonDocument.Parse(delivery.Body).RootElement;
                var key = (cloudEvent.GetProperty("type").GetString()!, cloudEvent.GetProperty("subject").GetString()!);
                tap._seen.GetOrAdd(key, _ => new()).AddOrUpdate(cloudEvent.GetProperty("id").GetString()!, 1, (_, n) => n + 1);
                await tap._channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            };
            await tap._channel.BasicConsumeAsync("kino-chaos-tap", autoAck: false, consumer);
            return tap;
        }

        public int DistinctEvents(string type, string subject) => _seen.TryGetValue((type, subject), out var ids) ? ids.Count : 0;

        public async Task WaitForAsync(IReadOnlyList<string> subjects, TimeSpan timeout)
        {
            var until = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < until && !Types.All(t => subjects.All(s => DistinctEvents(t, s) > 0)))
                await Task.Delay(200);
        }

        public async ValueTask DisposeAsync()
        {
            await _channel.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }
}
