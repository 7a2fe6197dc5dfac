using Kino.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kino.Tests.Deployment;

/// <summary>
/// Keeps the deployment files (docker-compose.yml, infra/docker/Dockerfile.service, k8s/base) in step with the
/// services: every distributed service is built, wired to RabbitMQ and MongoDB, deployed, and scaled on its queue.
/// </summary>
public sealed class DeploymentFilesTests
{
    /// <summary>Every service of the distributed topology (services/all-in-one is the single-process host, not one of them).</summary>
    private static readonly string[] KinoServices =
        ["gateway", "orchestrator", "moderation", "video-diffusion", "audio-synthesis", "lip-sync", "watermark", "provenance", "feed", "cameo", "events"];

    /// <summary>Each stage worker's RabbitMQ queue (MassTransit's kebab-cased consumer names) and the service that consumes it.</summary>
    private static readonly Dictionary<string, string> StageQueues = new()
    {
        ["moderate-prompt"] = "moderation",
        ["generate-video"] = "video-diffusion",
        ["synthesize-audio"] = "audio-synthesis",
        ["lip-sync"] = "lip-sync",
        ["apply-watermark"] = "watermark",
        ["sign-provenance"] = "provenance",
        ["publish-video"] = "feed",
    };

    private const string AllInOneFolder = "all-in-one";

    // ---------------------------------------------------------------- docker-compose.yml

    [Fact]
    public void Compose_file_names_every_service()
    {
        var services = ComposeServices();

        foreach (var name in KinoServices) Assert.Contains(name, services);
        Assert.Contains("rabbitmq", services);
        Assert.Contains("mongodb", services);

        // The list above is the topology: a new service folder must be added to it (and so to the compose file).
        string[] serviceFolders = new DirectoryInfo(Path.Combine(Repo.Root, "services")).GetDirectories()
            .Where(dir => dir.EnumerateFiles("*.csproj").Any())
            .Select(dir => dir.Name)
            .Where(folder => folder != AllInOneFolder)
            .Order()
            .ToArray();
        string[] expected = KinoServices.Order().ToArray();
        Assert.Equal(expected, serviceFolders);
    }

    [Fact]
    public void Compose_builds_each_service_from_its_own_project_with_the_shared_dockerfile()
    {
        var services = ComposeServices();
        var folders = new List<string>();

        foreach (var name in KinoServices)
        {
            var build = Assert.IsType<YamlMappingNode>(Child(services[name], "build"), exactMatch: false);
            var args = BuildArgs(build);

            Assert.True(args.TryGetValue("SERVICE_FOLDER", out var folder) && !string.IsNullOrWhiteSpace(folder),
                $"compose service '{name}' has no SERVICE_FOLDER build arg");
            Assert.True(args.TryGetValue("SERVICE_DLL", out var dll) && !string.IsNullOrWhiteSpace(dll),
                $"compose service '{name}' has no SERVICE_DLL build arg");
            Assert.NotEqual(AllInOneFolder, folder);

            var folderPath = Path.Combine(Repo.Root, "services", folder!);
            Assert.True(Directory.Exists(folderPath) && Directory.EnumerateFiles(folderPath, "*.csproj").Any(),
                $"compose service '{name}': SERVICE_FOLDER '{folder}' is not a project folder under services/");

            var project = Path.Combine(folderPath, Path.GetFileNameWithoutExtension(dll!) + ".csproj");
            Assert.True(File.Exists(project), $"compose service '{name}': SERVICE_DLL '{dll}' has no project at {project}");

            var context = Scalar(Child(build, "context")) ?? ".";
            var dockerfile = Scalar(Child(build, "dockerfile")) ?? "Dockerfile";
            Assert.True(File.Exists(Path.Combine(Repo.Root, context, dockerfile)),
                $"compose service '{name}': dockerfile '{dockerfile}' not found in context '{context}'");
            folders.Add(folder!);
        }

        Assert.Distinct(folders);
    }

    [Fact]
    public void Compose_publishes_ports_only_for_the_gateway()
    {
        // Operators' UIs (RabbitMQ management, the observability profile) are published on the loopback address only.
        var publishing = ComposeServices()
            .Where(service => Child(service.Value, "ports") is YamlSequenceNode ports
                && ports.Children.Any(port => Scalar(port) is { } text && !text.StartsWith("127.0.0.1:")))
            .Select(service => service.Key)
            .ToList();

        Assert.Equal("gateway", Assert.Single(publishing));
    }

    [Fact]
    public void Compose_starts_every_service_after_healthy_rabbitmq_and_mongodb()
    {
        var services = ComposeServices();
        var missing = new List<string>();

        foreach (var name in KinoServices)
        {
            var dependsOn = Child(services[name], "depends_on");
            foreach (var infrastructure in new[] { "rabbitmq", "mongodb" })
            {
                var condition = dependsOn switch
                {
                    YamlMappingNode map => Child(map, infrastructure) is { } entry ? Scalar(Child(entry, "condition")) ?? "service_started" : null,
                    YamlSequenceNode list => list.Children.Any(item => Scalar(item) == infrastructure) ? "service_started" : null,
                    _ => null,
                };
                if (condition != "service_healthy") missing.Add($"{name} -> {infrastructure} ({condition ?? "no dependency"})");
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Compose_configures_every_service_for_rabbitmq_mongodb_and_the_shared_internal_token()
    {
        var services = ComposeServices();

        foreach (var name in KinoServices)
        {
            var environment = Assert.IsType<YamlMappingNode>(Child(services[name], "environment"), exactMatch: false);
            var env = Flatten(environment).ToDictionary(entry => entry.Key, entry => Scalar(entry.Value));

            Assert.Equal("RabbitMq", env.GetValueOrDefault("Kino__Bus__Transport"));
            Assert.Equal("MongoDB", env.GetValueOrDefault("Kino__Storage__Provider"));
            Assert.False(string.IsNullOrWhiteSpace(env.GetValueOrDefault("Kino__Storage__MongoConnectionString")),
                $"compose service '{name}' has no MongoDB connection string");
            Assert.StartsWith("${KINO_INTERNAL_TOKEN:?", env.GetValueOrDefault("Kino__InternalToken") ?? "");
        }
    }

    // ---------------------------------------------------------------- k8s/base

    [Fact]
    public async Task Kustomize_base_renders_a_deployment_and_service_for_every_service()
    {
        var resources = await KustomizeAsync();
        var rendered = resources.Select(r => $"{r.Kind}/{r.Name}").ToList();

        foreach (var name in KinoServices)
        {
            Assert.Contains($"Deployment/{name}", rendered);
            Assert.Contains($"Service/{name}", rendered);
        }
        Assert.Contains("Ingress/gateway", rendered);
        Assert.All(resources.Where(r => r.Kind is "Deployment" or "Service"), r => Assert.Equal("kino", r.Namespace));
    }

    [Fact]
    public async Task Kustomize_base_scales_every_stage_worker_on_its_rabbitmq_queue()
    {
        var resources = await KustomizeAsync();
        var scaledObjects = resources.Where(r => r.Kind == "ScaledObject").ToList();

        foreach (var (queue, service) in StageQueues)
        {
            var scaled = scaledObjects.Where(r => Triggers(r.Node).Any(t => Scalar(Child(Child(t, "metadata"), "queueName")) == queue)).ToList();
            var scaledObject = Assert.Single(scaled);
            Assert.Equal(service, Scalar(Child(Child(Child(scaledObject.Node, "spec"), "scaleTargetRef"), "name")));
            Assert.All(Triggers(scaledObject.Node), t => Assert.Equal("rabbitmq", Scalar(Child(t, "type"))));
        }
    }

    [Fact]
    public async Task Kustomize_base_gives_video_diffusion_a_gpu()
    {
        var resources = await KustomizeAsync();
        var deployment = Assert.Single(resources, r => r is { Kind: "Deployment", Name: "video-diffusion" });

        var containers = Assert.IsType<YamlSequenceNode>(
            Child(Child(Child(Child(deployment.Node, "spec"), "template"), "spec"), "containers"), exactMatch: false);
        var gpus = containers.Children.Select(c => Scalar(Child(Child(Child(c, "resources"), "limits"), "nvidia.com/gpu")));
        Assert.Contains("1", gpus);
    }

    // ---------------------------------------------------------------- helpers

    private static Dictionary<string, YamlMappingNode> ComposeServices()
    {
        var path = Path.Combine(Repo.Root, "docker-compose.yml");
        Assert.True(File.Exists(path), $"{path} is missing");
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path)) yaml.Load(reader);

        var document = Assert.Single(yaml.Documents);
        var services = Assert.IsType<YamlMappingNode>(Child(document.RootNode, "services"), exactMatch: false);
        return services.Children
            .Where(entry => entry.Key is YamlScalarNode { Value: not null } && entry.Value is YamlMappingNode)
            .ToDictionary(entry => ((YamlScalarNode)entry.Key).Value!, entry => (YamlMappingNode)entry.Value);
    }

    /// <summary>Build args in either of compose's forms: a mapping, or a list of KEY=VALUE.</summary>
    private static Dictionary<string, string?> BuildArgs(YamlMappingNode build) => Child(build, "args") switch
    {
        YamlMappingNode map => Flatten(map).ToDictionary(entry => entry.Key, entry => Scalar(entry.Value)),
        YamlSequenceNode list => list.Children.Select(Scalar).OfType<string>()
            .Select(item => item.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : null),
        _ => new Dictionary<string, string?>(),
    };

    private sealed record Resource(string Kind, string Name, string? Namespace, YamlNode Node);

    /// <summary>Renders k8s/base (kubectl kustomize, as <see cref="Rendered"/> does) and parses its multi-document output.</summary>
    private static async Task<List<Resource>> KustomizeAsync()
    {
        var output = await Rendered.KustomizeAsync(Rendered.Base);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(output));
        var resources = new List<Resource>();
        foreach (var document in yaml.Documents)
        {
            var root = document.RootNode;
            var kind = Scalar(Child(root, "kind"));
            var name = Scalar(Child(Child(root, "metadata"), "name"));
            Assert.False(string.IsNullOrEmpty(kind) || string.IsNullOrEmpty(name), "a rendered resource has no kind or name");
            resources.Add(new Resource(kind!, name!, Scalar(Child(Child(root, "metadata"), "namespace")), root));
        }
        Assert.NotEmpty(resources);
        return resources;
    }

    private static IEnumerable<YamlNode> Triggers(YamlNode scaledObject) =>
        Child(Child(scaledObject, "spec"), "triggers") is YamlSequenceNode triggers ? triggers.Children : Enumerable.Empty<YamlNode>();

    /// <summary>The value under a key of a mapping node, or null (also when the node is not a mapping).</summary>
    private static YamlNode? Child(YamlNode? node, string key)
    {
        if (node is not YamlMappingNode map) return null;
        foreach (var (k, v) in map.Children)
            if (k is YamlScalarNode { Value: var name } && name == key) return v;
        return null;
    }

    private static string? Scalar(YamlNode? node) => (node as YamlScalarNode)?.Value;

    /// <summary>A mapping's entries with YAML merge keys (`&lt;&lt;: *anchor`) expanded; explicit keys win.</summary>
    private static Dictionary<string, YamlNode> Flatten(YamlMappingNode map)
    {
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var merged = new List<KeyValuePair<string, YamlNode>>();
        foreach (var (k, v) in map.Children)
        {
            if (k is not YamlScalarNode { Value: { } key }) continue;
            if (key == "<<")
            {
                IEnumerable<YamlNode> sources = v is YamlSequenceNode list ? list.Children : new[] { v };
                foreach (var source in sources.OfType<YamlMappingNode>()) merged.AddRange(Flatten(source));
            }
            else
            {
                result[key] = v;
            }
        }
        foreach (var (key, value) in merged) result.TryAdd(key, value);
        return result;
    }
}
