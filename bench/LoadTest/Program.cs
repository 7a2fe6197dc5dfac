using System.CommandLine;
using Kino.LoadTest;

// Kino's load generator: virtual users against a running platform's public API, mixing create, poll, feed and engagement,
// while a sampler records queue depths and CPU per process. bench/run-load.sh starts the platform and draws the plots.
var url = new Option<string>("--url") { Description = "the gateway", DefaultValueFactory = _ => "http://127.0.0.1:9500" };
var adminKey = new Option<string>("--admin-key") { Required = true };
var users = new Option<int>("--users") { Description = "concurrent virtual users", DefaultValueFactory = _ => 20 };
var minutes = new Option<double>("--minutes") { Description = "how long the load runs", DefaultValueFactory = _ => 10 };
var jobsPerMinute = new Option<double>("--jobs-per-minute") { Description = "videos the users ask for, all together", DefaultValueFactory = _ => 15 };
var vhost = new Option<string>("--vhost") { Description = "the platform's RabbitMQ virtual host, for queue depths", DefaultValueFactory = _ => "/" };
var output = new Option<string>("--output") { Description = "folder for samples.csv, latencies.csv and summary.md", DefaultValueFactory = _ => ".kino/bench/load" };
var root = new RootCommand("Kino load benchmark") { url, adminKey, users, minutes, jobsPerMinute, vhost, output };
root.SetAction(async (parsed, ct) =>
{
    var settings = new LoadSettings(new Uri(parsed.GetValue(url)!), parsed.GetValue(adminKey)!, parsed.GetValue(users), TimeSpan.FromMinutes(parsed.GetValue(minutes)),
        parsed.GetValue(jobsPerMinute), parsed.GetValue(vhost)!, parsed.GetValue(output)!);
    await LoadRun.RunAsync(settings, ct);
});
return await root.Parse(args).InvokeAsync();
