using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Kino.LoadTest;

/// <summary>
/// Every few seconds: the depth of every RabbitMQ queue of the platform's vhost (ready + unacknowledged), the CPU each
/// Kino process and the broker used since the last sample, and which videos have finished (from each user's list).
/// </summary>
public sealed class Sampler(string virtualHost)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly List<Sample> _samples = [];

    private sealed record Sample(double At, int Asked, int Completed, IReadOnlyDictionary<string, long> Queues, IReadOnlyDictionary<string, double> CpuPercent);

    public async Task RunAsync(IReadOnlyList<VirtualUser> users, ConcurrentDictionary<string, JobTimes> jobs, Func<double> now, CancellationToken ct)
    {
        var previous = CpuTicks();
        var previousAt = now();
        while (!ct.IsCancellationRequested)
        {
            try { await Task.Delay(Interval, ct); } catch (OperationCanceledException) { break; }
            await MarkFinishedAsync(users, jobs, now, ct);
            var ticks = CpuTicks();
            var at = now();
            var cpu = CpuPercent(previous, ticks, at - previousAt);
            (previous, previousAt) = (ticks, at);
            _samples.Add(new Sample(at, jobs.Count, jobs.Values.Count(j => j.Status == "completed"), QueueDepths(), cpu));
        }
    }

    private static async Task MarkFinishedAsync(IReadOnlyList<VirtualUser> users, ConcurrentDictionary<string, JobTimes> jobs, Func<double> now, CancellationToken ct)
    {
        foreach (var user in users.Where(u => !u.Pending.IsEmpty))
        {
            try
            {
                var page = await user.Http.GetFromJsonAsync<JsonElement>("/v1/videos?limit=100", ct);
                foreach (var video in page.GetProperty("data").EnumerateArray())
                    if (video.GetProperty("status").GetString() is "completed" or "failed" && jobs.ContainsKey(video.GetProperty("id").GetString()!))
                        LoadRun.Finish(user, video.GetProperty("id").GetString()!, video.GetProperty("status").GetString()!, jobs, now());
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
        }
    }

    private Dictionary<string, long> QueueDepths()
    {
        var info = new ProcessStartInfo("rabbitmqctl", ["-q", "list_queues", "-p", virtualHost, "name", "messages", "--no-table-headers"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, Environment = { ["RABBITMQ_NODENAME"] = "rabbit@localhost" },
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2 && long.TryParse(parts[1], out _))
            .ToDictionary(parts => parts[0], parts => long.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// CPU ticks by process id, with the name it is reported under: every Kino process of this checkout (named by its
    /// assembly; its own time plus that of its finished children, the ffmpeg encoders), the broker (beam.smp), and the
    /// whole machine's busy time (id 0), so that work outside Kino shows too.
    /// </summary>
    private static Dictionary<int, (string Name, long Ticks)> CpuTicks()
    {
        var root = Environment.CurrentDirectory;
        // /proc/stat's "cpu" line: user nice system idle iowait irq softirq steal ...; busy is all but idle and iowait.
        var machine = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        var ticks = new Dictionary<int, (string, long)> { [0] = ("machine (all processes)", machine.Sum() - machine[3] - machine[4]) };
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
            try
            {
                var arguments = File.ReadAllText(Path.Combine(folder, "cmdline")).Split('\0');
                var workingDirectory = new DirectoryInfo(Path.Combine(folder, "cwd")).LinkTarget ?? "/";
                var name = arguments.FirstOrDefault(a => a.EndsWith(".dll", StringComparison.Ordinal) && Path.GetFileName(a).StartsWith("Kino.", StringComparison.Ordinal)
                                                         && Path.GetFullPath(a, workingDirectory).StartsWith(root, StringComparison.Ordinal)) is { } dll
                    ? Path.GetFileNameWithoutExtension(dll)["Kino.".Length..]
                    : arguments[0].Contains("beam.smp", StringComparison.Ordinal) ? "RabbitMQ" : null;
                if (name is null) continue;
                // Fields after the ")" that ends the command name: state is the 1st; utime, stime, cutime, cstime the 12th to 15th.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks[pid] = (name, fields[11..15].Sum(f => long.Parse(f, CultureInfo.InvariantCulture)));
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return ticks;
    }

    /// <summary>CPU % by name between two readings, counting only processes alive in both (one that ended or started is left out).</summary>
    private static Dictionary<string, double> CpuPercent(Dictionary<int, (string Name, long Ticks)> before, Dictionary<int, (string Name, long Ticks)> after, double seconds) =>
        after.Where(p => before.TryGetValue(p.Key, out var b) && b.Name == p.Value.Name)
            .GroupBy(p => p.Value.Name)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Value.Ticks - before[p.Key].Ticks) / TicksPerSecond / seconds * 100);

    /// <summary>The queues that grew and the processes that used the CPU, over the steady part of the run.</summary>
    public string Describe(double warmSeconds)
    {
        var steady = _samples.Where(s => s.At >= warmSeconds).ToList();
        if (steady.Count < 2) return "Too few samples for queue and CPU figures.";
        var text = new StringBuilder();
        text.AppendLine("| queue | depth at the end of warm-up | at the end | max | growth |");
        text.AppendLine("|---|---|---|---|---|");
        var minutes = (steady[^1].At - steady[0].At) / 60;
        foreach (var queue in steady.SelectMany(s => s.Queues.Keys).Distinct()
                     .Select(q => (Name: q, First: steady[0].Queues.GetValueOrDefault(q), Last: steady[^1].Queues.GetValueOrDefault(q), Max: steady.Max(s => s.Queues.GetValueOrDefault(q))))
                     .Where(q => q.Max > 0).OrderByDescending(q => q.Last - q.First).ThenByDescending(q => q.Max).Take(8))
            text.AppendLine(CultureInfo.InvariantCulture, $"| {queue.Name} | {queue.First} | {queue.Last} | {queue.Max} | {(queue.Last - queue.First) / minutes:+0.0;-0.0;0} /min |");
        text.AppendLine();
        text.AppendLine("| process | CPU (100 % = one core) |");
        text.AppendLine("|---|---|");
        var cpu = steady.SelectMany(s => s.CpuPercent.Keys).Distinct()
            .Select(p => (Name: p, Mean: steady.Average(s => s.CpuPercent.GetValueOrDefault(p)))).OrderByDescending(p => p.Mean).ToList();
        foreach (var (name, mean) in cpu) text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {mean:F0} % |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Kino and RabbitMQ together | {cpu.Where(p => !p.Name.StartsWith("machine", StringComparison.Ordinal)).Sum(p => p.Mean):F0} % of {Environment.ProcessorCount * 100} % |");
        return text.ToString();
    }

    /// <summary>progress.csv (asked, completed), queues.csv and cpu.csv: one row per sample, seconds since the start.</summary>
    public void WriteCsv(string folder)
    {
        File.WriteAllLines(Path.Combine(folder, "progress.csv"),
            _samples.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.At:F1},{s.Asked},{s.Completed}")).Prepend("seconds,asked,completed"));
        Write(Path.Combine(folder, "queues.csv"), _samples.Select(s => s.Queues.ToDictionary(q => q.Key, q => (double)q.Value)).ToList());
        Write(Path.Combine(folder, "cpu.csv"), _samples.Select(s => s.CpuPercent).ToList());
    }

    private void Write(string path, IReadOnlyList<IReadOnlyDictionary<string, double>> rows)
    {
        // Only the columns that ever move, so the plots stay readable.
        var columns = rows.SelectMany(r => r.Keys).Distinct().Where(c => rows.Any(r => r.GetValueOrDefault(c) > 0.5)).Order().ToList();
        var lines = rows.Select((r, i) => string.Join(',', new[] { _samples[i].At.ToString("F1", CultureInfo.InvariantCulture) }
            .Concat(columns.Select(c => r.GetValueOrDefault(c).ToString("F1", CultureInfo.InvariantCulture)))));
        File.WriteAllLines(path, lines.Prepend(string.Join(',', columns.Prepend("seconds"))));
    }
}
