using System.Diagnostics;
using System.Net.Sockets;

namespace Kino.Tests.Support;

/// <summary>
/// A RabbitMQ node of a test's own (Debian's rabbitmq-server, its own name, port and data folder), so that the test may
/// restart its broker without disturbing the shared local one. Its queues and messages live on disk across restarts.
/// </summary>
public sealed class RabbitMqNode : IAsyncDisposable
{
    private readonly string _folder;
    public string NodeName { get; }
    public int Port { get; }

    private RabbitMqNode(string name, int port)
    {
        NodeName = $"{name}@localhost";
        Port = port;
        _folder = Directory.CreateTempSubdirectory($"kino-{name}-").FullName;
        File.WriteAllText(Path.Combine(_folder, "enabled_plugins"), "[].");
        // Debian's rabbitmq-server drops root for the rabbitmq user, which must be able to write here.
        Run("chown", "-R", "rabbitmq:rabbitmq", _folder);
    }

    public static async Task<RabbitMqNode> StartAsync(string name, int port)
    {
        var node = new RabbitMqNode(name, port);
        await node.StartAsync();
        return node;
    }

    public async Task StartAsync()
    {
        var info = new ProcessStartInfo("setsid", ["rabbitmq-server"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in Environment())
            info.Environment[key] = value;
        var server = Process.Start(info)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await AcceptsConnectionsAsync())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"RabbitMQ node {NodeName} did not start; see {_folder}/log");
            await Task.Delay(200);
        }
        Ctl("await_startup");
    }

    /// <summary>Stops the node cleanly (as an operator's restart does); its durable queues and persistent messages stay on disk.</summary>
    public void Stop() => Ctl("shutdown");

    private async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_NODE_PORT"] = Port.ToString(),
        ["RABBITMQ_DIST_PORT"] = (Port + 20000).ToString(),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_folder, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(_folder, "log"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_folder, "enabled_plugins"),
        ["RABBITMQ_PID_FILE"] = Path.Combine(_folder, "pid"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_folder, "rabbitmq"),
    };

    private string Ctl(params string[] arguments)
    {
        var info = new ProcessStartInfo("rabbitmqctl", ["-q", .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["RABBITMQ_NODENAME"] = NodeName;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} on {NodeName}: {error}");
        return output.Result;
    }

    private static void Run(string file, params string[] arguments)
    {
        using var process = Process.Start(file, arguments);
        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        try { Stop(); } catch (InvalidOperationException) { }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
