using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kino.Tests.Support;

/// <summary>
/// A running Kino started exactly as a user does (<c>./kino up</c>), all-in-one or distributed,
/// on its own port and data folder. Disposing stops it and removes the data.
/// </summary>
public sealed class KinoPlatform : IAsyncDisposable
{
    public const string AdminKey = "sk-kino-test-admin-key";
    // KINO_TEST_PORT_BASE keeps test runs from different checkouts on one machine off each other's ports (and vhosts).
    private static int _nextPort = int.TryParse(Environment.GetEnvironmentVariable("KINO_TEST_PORT_BASE"), out var basePort) ? basePort : 18080;

    private readonly bool _distributed;
    private readonly string _logFile;
    private Process? _process;

    public int Port { get; }
    public string DataDirectory { get; }
    public Uri BaseUrl => new($"http://127.0.0.1:{Port}");
    public HttpClient Http { get; }

    private readonly IReadOnlyDictionary<string, string> _environment;

    private KinoPlatform(bool distributed, IReadOnlyDictionary<string, string>? environment)
    {
        _distributed = distributed;
        _environment = environment ?? new Dictionary<string, string>();
        Port = Interlocked.Add(ref _nextPort, 1000);
        DataDirectory = Directory.CreateTempSubdirectory("kino-test-").FullName;
        _logFile = Path.Combine(Path.GetTempPath(), $"kino-test-{Port}.log");
        File.Delete(_logFile); // a restart of this platform appends; an earlier run's lines must not count
        Http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
    }

    public static async Task<KinoPlatform> StartAsync(bool distributed, IReadOnlyDictionary<string, string>? environment = null)
    {
        var platform = new KinoPlatform(distributed, environment);
        await platform.StartAsync();
        return platform;
    }

    /// <summary>
    /// A new user: an API key made with the admin key (on <paramref name="plan"/>, as a teen or adult account when
    /// <paramref name="ageBracket"/> is given), and a client that sends it.
    /// </summary>
    public async Task<HttpClient> NewUserAsync(string plan = "plus", string? ageBracket = null, string? handle = null)
    {
        var name = "user-" + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string> { ["name"] = name, ["plan"] = plan };
        if (ageBracket is not null) fields["age_bracket"] = ageBracket;
        if (handle is not null) fields["handle"] = handle;
        var response = await Http.PostAsJsonAsync("/v1/admin/api_keys", fields);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"creating a key: {(int)response.StatusCode} {body}");
        var created = JsonDocument.Parse(body).RootElement;
        Assert.Equal(ageBracket ?? "adult", created.GetProperty("age_bracket").GetString());
        var client = new HttpClient { BaseAddress = BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.GetProperty("key").GetString());
        return client;
    }

    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("not running");

    public async Task StartAsync()
    {
        var info = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // setsid: the platform gets its own process group, so a stop reaches every service it started.
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"exec setsid ./kino up --no-build --port {Port} --data '{DataDirectory}' {(_distributed ? "--distributed" : "")} >>'{_logFile}' 2>&1");
        info.Environment["KINO_API_KEY"] = AdminKey;
        info.Environment["Kino__Orchestrator__SupervisorInterval"] = "00:00:01";
        info.Environment["Kino__Bus__RabbitMqVirtualHost"] = $"kino-test-{Port}";
        foreach (var (key, value) in _environment) info.Environment[key] = value;
        _process = Process.Start(info)!;

        var deadline = DateTime.UtcNow.AddSeconds(90);
        foreach (var port in ServicePorts.Values)
            await WaitReadyAsync(port, deadline);
    }

    /// <summary>The services <c>./kino up --distributed</c> starts, in its order: each listens on the gateway's port + 101, + 102, ...</summary>
    public static readonly string[] DistributedServices =
        ["orchestrator", "moderation", "video-diffusion", "audio-synthesis", "lip-sync", "watermark", "provenance", "feed", "cameo", "events"];

    /// <summary>Every process's port by service name; all-in-one has only the gateway's.</summary>
    public IReadOnlyDictionary<string, int> ServicePorts =>
        (_distributed ? DistributedServices.Select((name, i) => (name, port: Port + 101 + i)) : [])
        .Append(("gateway", Port)).ToDictionary(s => s.Item1, s => s.Item2);

    /// <summary>Waits until the process on <paramref name="port"/> answers <c>/health/ready</c> (bus connected, store reachable).</summary>
    public async Task WaitReadyAsync(int port, DateTime deadline)
    {
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (_process is null || _process.HasExited) throw new InvalidOperationException($"kino up exited early:\n{Log()}");
            try
            {
                if ((await probe.GetAsync($"http://127.0.0.1:{port}/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"port {port} not ready:\n{Log()}");
            await Task.Delay(100);
        }
    }

    /// <summary>The process id of the service listening on <paramref name="port"/> (found by its <c>--urls</c> argument), if it runs.</summary>
    public static int? ProcessListeningOn(int port)
    {
        var url = $"http://127.0.0.1:{port}";
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
            try
            {
                var arguments = File.ReadAllText(Path.Combine(folder, "cmdline")).Split('\0');
                var urls = Array.IndexOf(arguments, "--urls");
                if (Path.GetFileName(arguments[0]) == "dotnet" && urls > 0 && urls + 1 < arguments.Length && arguments[urls + 1] == url) return pid;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return null;
    }

    /// <summary>Kills the process group without warning (a crash), or stops it politely.</summary>
    public async Task StopAsync(bool kill)
    {
        if (_process is null || _process.HasExited) return;
        Process.Start("kill", [kill ? "-KILL" : "-TERM", "--", $"-{_process.Id}"])!.WaitForExit();
        if (!_process.WaitForExit(20_000))
            Process.Start("kill", ["-KILL", "--", $"-{_process.Id}"])!.WaitForExit();
        await _process.WaitForExitAsync();
        _process = null;
    }

    public bool LogContains(Func<string, bool> line) => File.Exists(_logFile) && File.ReadLines(_logFile).Any(line);

    /// <summary>Everything the platform has logged so far.</summary>
    public string FullLog() => File.Exists(_logFile) ? File.ReadAllText(_logFile) : "";

    public string Log() => File.Exists(_logFile) ? string.Join('\n', File.ReadLines(_logFile).TakeLast(80)) : "";

    public async ValueTask DisposeAsync()
    {
        await StopAsync(kill: false);
        Http.Dispose();
        if (_distributed && !_environment.ContainsKey("Kino__Bus__RabbitMqVirtualHost"))
            Process.Start(new ProcessStartInfo("rabbitmqctl", ["-q", "delete_vhost", $"kino-test-{Port}"]) { Environment = { ["RABBITMQ_NODENAME"] = "rabbit@localhost" } })!.WaitForExit();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
