using System.Text.Json;
using Kino.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kino.Tests.Deployment;

/// <summary>The collector, Prometheus and Grafana files in infra/ that docker-compose.yml mounts.</summary>
public sealed class ObservabilityFilesTests
{
    [Fact]
    public void Collector_receives_otlp_and_runs_a_pipeline_for_traces_metrics_and_logs()
    {
        var root = LoadYaml("infra/otel/collector.yaml");
        var receivers = (YamlMappingNode)root["receivers"];
        Assert.True(receivers.Children.ContainsKey("otlp"));

        var pipelines = (YamlMappingNode)((YamlMappingNode)root["service"])["pipelines"];
        var exporters = (YamlMappingNode)root["exporters"];
        foreach (var signal in new[] { "traces", "metrics", "logs" })
        {
            var pipeline = (YamlMappingNode)pipelines[signal];
            Assert.Contains("otlp", ((YamlSequenceNode)pipeline["receivers"]).Children.Select(n => n.ToString()));
            Assert.All(((YamlSequenceNode)pipeline["exporters"]).Children, e => Assert.True(exporters.Children.ContainsKey(e), $"{signal}: exporter {e} is not defined"));
        }
    }

    [Fact]
    public void Prometheus_scrapes_the_collector_and_rabbitmq_queue_depths()
    {
        var jobs = ((YamlSequenceNode)LoadYaml("infra/prometheus/prometheus.yml")["scrape_configs"]).Children.Cast<YamlMappingNode>().ToList();
        var targets = jobs.SelectMany(j => ((YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)j["static_configs"]).Children[0])["targets"]).Children)
            .Select(t => t.ToString()).ToList();
        Assert.Contains("otel-collector:8889", targets);
        Assert.Contains("rabbitmq:15692", targets);
    }

    [Fact]
    public void Grafana_dashboards_are_valid_json_with_queries()
    {
        var dashboards = Directory.GetFiles(Path.Combine(Repo.Root, "infra/grafana/dashboards"), "*.json");
        Assert.NotEmpty(dashboards);
        foreach (var file in dashboards)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("uid").GetString()), file);
            var panels = json.RootElement.GetProperty("panels").EnumerateArray().ToList();
            Assert.NotEmpty(panels);
            Assert.All(panels, p => Assert.All(p.GetProperty("targets").EnumerateArray(),
                t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("expr").GetString()))));
        }
        Assert.True(File.Exists(Path.Combine(Repo.Root, "infra/grafana/provisioning/datasources/datasources.yaml")));
        Assert.True(File.Exists(Path.Combine(Repo.Root, "infra/grafana/provisioning/dashboards/dashboards.yaml")));
    }

    private static YamlMappingNode LoadYaml(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Repo.Root, path))) yaml.Load(reader);
        return (YamlMappingNode)Assert.Single(yaml.Documents).RootNode;
    }
}
