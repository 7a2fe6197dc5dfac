using k8s.Models;
using Kino.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Kino.Tests.Deployment;

/// <summary>
/// Every service is built, composed and deployed under one name, from one image, on one port, with the same settings.
/// Each service's image is one build of the shared multi-stage infra/docker/Dockerfile.service (its project chosen by
/// the SERVICE_FOLDER and SERVICE_DLL build args); the GPU build of the model services is infra/docker/Dockerfile.gpu.
/// </summary>
public sealed class CrossCheckTests
{
    private const string ServiceDockerfile = "infra/docker/Dockerfile.service";
    private const string GpuDockerfile = "infra/docker/Dockerfile.gpu";
    private const string Port = "8080";
    private const string GpuTagSuffix = "-cuda";

    /// <summary>
    /// Compose settings with no Kubernetes counterpart, and why. Empty today: every Kino__ key in compose is also in
    /// kino-config or the Deployment's env.
    /// </summary>
    private static readonly Dictionary<string, string> ComposeOnlyKeys = [];

    [Fact]
    public async Task Every_service_has_a_build_a_compose_entry_a_deployment_and_a_service_under_one_name()
    {
        var compose = Compose.Load();
        var rendered = await Rendered.LoadAsync(Rendered.Base);
        var version = Version(rendered);

        foreach (var name in Topology.Services)
        {
            Assert.True(compose.Services.TryGetValue(name, out var entry), $"no compose service '{name}'");
            Assert.Equal(ServiceDockerfile, entry.Build?.Dockerfile);
            Assert.Equal(name, entry.Build!.Args.GetValueOrDefault("SERVICE_FOLDER"));
            Assert.Equal($"ghcr.io/kino/{name}:{version}", entry.Image);
            Assert.Contains($"http://127.0.0.1:{Port}/health/ready", entry.Healthcheck?.Test ?? []);

            var deployment = rendered.Deployment(name);
            var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
            var suffix = Topology.GpuServices.Contains(name) ? GpuTagSuffix : "";
            Assert.Equal($"ghcr.io/kino/{name}:{version}{suffix}", container.Image);
            var http = Assert.Single(container.Ports);
            Assert.Equal(("http", int.Parse(Port)), (http.Name, http.ContainerPort));

            var service = Assert.Single(rendered.OfKind<V1Service>(), s => s.Metadata.Name == name);
            Assert.Equal(name, service.Spec.Selector["app.kubernetes.io/name"]);
            Assert.Equal(name, deployment.Spec.Template.Metadata.Labels["app.kubernetes.io/name"]);
            Assert.Equal("http", Assert.Single(service.Spec.Ports).TargetPort.Value);
        }
        Assert.Equal(Port, rendered.Config.Data["ASPNETCORE_HTTP_PORTS"]);
    }

    [Fact]
    public async Task Every_setting_a_service_gets_in_compose_it_also_gets_in_kubernetes()
    {
        var compose = Compose.Load();
        var rendered = await Rendered.LoadAsync(Rendered.Base);
        var missing = new List<string>();

        foreach (var name in Topology.Services)
        {
            var container = Assert.Single(rendered.Deployment(name).Spec.Template.Spec.Containers);
            var fromConfigMaps = rendered.OfKind<V1ConfigMap>()
                .Where(c => container.EnvFrom?.Any(e => e.ConfigMapRef?.Name == c.Metadata.Name) == true)
                .SelectMany(c => c.Data.Keys);
            var keys = fromConfigMaps.Concat(container.Env?.Select(e => e.Name) ?? []).ToHashSet();
            Assert.Contains("Kino__Bus__Transport", compose.Services[name].Environment.Keys); // the anchor was expanded
            foreach (var key in compose.Services[name].Environment.Keys)
                if ((key.StartsWith("Kino__") || key.StartsWith("KINO_")) && !keys.Contains(key) && !ComposeOnlyKeys.ContainsKey(key))
                    missing.Add($"{name}: {key}");
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Compose_runs_every_service_read_only_and_without_privileges()
    {
        var compose = Compose.Load();

        foreach (var name in Topology.Services)
        {
            var service = compose.Services[name];
            Assert.True(service.ReadOnly, $"{name}: root filesystem is writable");
            Assert.Contains("/tmp", service.Tmpfs);
            Assert.Contains("ALL", service.CapDrop);
            Assert.Contains("no-new-privileges:true", service.SecurityOpt);
        }
    }

    [Theory]
    [InlineData(ServiceDockerfile)]
    [InlineData(GpuDockerfile)]
    public void Dockerfiles_are_multi_stage_non_root_and_health_checked(string dockerfile)
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, dockerfile)).Select(l => l.Trim()).ToList();

        Assert.True(lines.Count(l => l.StartsWith("FROM ")) >= 2, $"{dockerfile} is not multi-stage");
        var runtime = lines.FindLastIndex(l => l.StartsWith("FROM "));
        var finalStage = lines.Skip(runtime).ToList();
        var user = Assert.Single(finalStage, l => l.StartsWith("USER "));
        Assert.DoesNotContain(user["USER ".Length..].Trim(), new[] { "root", "0", "0:0" });
        Assert.Contains(finalStage, l => l.StartsWith("HEALTHCHECK "));
        Assert.Contains("/health/live", string.Join('\n', finalStage));
        Assert.Contains($"EXPOSE {Port}", finalStage);
    }

    [Fact]
    public void Gpu_dockerfile_builds_with_a_cuda_libtorch_package_the_repository_pins()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Repo.Root, GpuDockerfile));
        var packages = File.ReadAllText(Path.Combine(Repo.Root, "Directory.Packages.props"));

        var match = System.Text.RegularExpressions.Regex.Match(dockerfile, @"ARG TORCH_RUNTIME=(\S+)");
        Assert.True(match.Success, "Dockerfile.gpu has no TORCH_RUNTIME default");
        Assert.StartsWith("libtorch-cuda-", match.Groups[1].Value);
        Assert.Contains($"<PackageVersion Include=\"{match.Groups[1].Value}\"", packages);
    }

    private static string Version(Rendered rendered) =>
        Assert.Single(rendered.Deployments.Select(d => d.Metadata.Labels["app.kubernetes.io/version"]).Distinct());

    /// <summary>docker-compose.yml with anchors and merge keys resolved.</summary>
    private sealed class Compose
    {
        public Dictionary<string, ComposeService> Services { get; set; } = [];

        public static Compose Load()
        {
            // Untyped first, so that every anchor (also those under the x- keys) is read and every merge key expanded;
            // then the services again, typed.
            using var reader = new StreamReader(Path.Combine(Repo.Root, "docker-compose.yml"));
            var untyped = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(new MergingParser(new Parser(reader)));
            var services = new SerializerBuilder().Build().Serialize(new Dictionary<string, object> { ["services"] = untyped["services"] });
            return new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .IgnoreUnmatchedProperties()
                .Build()
                .Deserialize<Compose>(services);
        }
    }

    private sealed class ComposeService
    {
        public string? Image { get; set; }
        public ComposeBuild? Build { get; set; }
        public Dictionary<string, string> Environment { get; set; } = [];
        public ComposeHealthcheck? Healthcheck { get; set; }
        public bool ReadOnly { get; set; }
        public List<string> Tmpfs { get; set; } = [];
        public List<string> CapDrop { get; set; } = [];
        public List<string> SecurityOpt { get; set; } = [];
    }

    private sealed class ComposeBuild
    {
        public string? Context { get; set; }
        public string? Dockerfile { get; set; }
        public Dictionary<string, string> Args { get; set; } = [];
    }

    private sealed class ComposeHealthcheck
    {
        public List<string> Test { get; set; } = [];
    }
}
