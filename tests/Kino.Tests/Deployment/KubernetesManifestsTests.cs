using k8s.Models;

namespace Kino.Tests.Deployment;

/// <summary>
/// The kustomize base and its overlays, rendered by kubectl and parsed into the Kubernetes types: probes, resources,
/// hardening, GPU placement, autoscaling, disruption budgets and network isolation.
/// </summary>
public sealed class KubernetesManifestsTests
{
    public static TheoryData<string> Kustomizations => new(Rendered.All);

    /// <summary>HTTP services scaled on CPU by an HPA; the stage workers scale on their queues with KEDA.</summary>
    private static readonly string[] CpuScaledServices = ["gateway", "orchestrator", "cameo"];

    /// <summary>Who calls whom over HTTP (besides every service using RabbitMQ and MongoDB).</summary>
    private static readonly Dictionary<string, string[]> Calls = new()
    {
        ["gateway"] = ["orchestrator", "feed", "moderation", "provenance", "cameo", "events"],
        ["provenance"] = ["watermark"],
        ["moderation"] = ["cameo"],
        ["lip-sync"] = ["cameo"],
    };

    /// <summary>What every Kino pod may reach: DNS, RabbitMQ, MongoDB, the OpenTelemetry collector's namespace.</summary>
    private static readonly string[] Infrastructure = ["ns:kube-system", "rabbitmq", "mongodb", "ns:observability"];

    private const string AnyPeer = "*";

    /// <summary>Webhook receivers: any public address (private ranges are excepted in the policy).</summary>
    private const string PublicInternet = "ip:0.0.0.0/0";

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public async Task Renders_and_every_document_parses_into_its_kubernetes_type(string kustomization)
    {
        var rendered = await Rendered.LoadAsync(kustomization);

        Assert.Equal(Topology.Services.Order(), rendered.Deployments.Select(d => d.Metadata.Name).Order());
        Assert.All(rendered.OfKind<ScaledObject>(), s =>
        {
            Assert.Equal("Deployment", s.Spec.ScaleTargetRef.Kind);
            Assert.Contains(s.Spec.ScaleTargetRef.Name, Topology.Services);
            Assert.True(s.Spec.MinReplicaCount <= s.Spec.MaxReplicaCount, $"ScaledObject {s.Metadata.Name}: min > max");
            Assert.All(s.Spec.Triggers, t =>
            {
                Assert.Equal("rabbitmq", t.Type);
                Assert.False(string.IsNullOrEmpty(t.Metadata.GetValueOrDefault("queueName")));
                Assert.Contains(t.AuthenticationRef?.Name, rendered.OfKind<TriggerAuthentication>().Select(a => a.Metadata.Name));
            });
        });
        var secrets = rendered.OfKind<V1Secret>().SelectMany(s => s.StringData.Keys.Select(key => (s.Metadata.Name, key))).ToHashSet();
        Assert.All(rendered.OfKind<TriggerAuthentication>().SelectMany(a => a.Spec.SecretTargetRef),
            r => Assert.Contains((r.Name, r.Key), secrets));
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public async Task Every_deployment_has_probes_resources_and_a_hardened_non_root_container(string kustomization)
    {
        var rendered = await Rendered.LoadAsync(kustomization);

        foreach (var deployment in rendered.Deployments)
        {
            var name = deployment.Metadata.Name;
            var pod = deployment.Spec.Template.Spec;
            var container = Assert.Single(pod.Containers);
            Assert.Equal(name, container.Name);
            Assert.True(pod.SecurityContext.RunAsNonRoot, $"{name}: runAsNonRoot");
            Assert.False(pod.AutomountServiceAccountToken, $"{name}: mounts a service account token");
            Assert.True(container.SecurityContext.ReadOnlyRootFilesystem, $"{name}: root filesystem is writable");
            Assert.False(container.SecurityContext.AllowPrivilegeEscalation, $"{name}: allows privilege escalation");
            Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);

            Assert.Equal("/health/live", container.LivenessProbe.HttpGet.Path);
            Assert.Equal("/health/ready", container.ReadinessProbe.HttpGet.Path);
            Assert.Equal("/health/live", container.StartupProbe.HttpGet.Path);

            foreach (var resource in new[] { "cpu", "memory" })
            {
                Assert.True(container.Resources.Requests?.ContainsKey(resource), $"{name}: no {resource} request");
                Assert.True(container.Resources.Limits?.ContainsKey(resource), $"{name}: no {resource} limit");
                Assert.True(container.Resources.Requests![resource].ToDecimal() <= container.Resources.Limits![resource].ToDecimal(),
                    $"{name}: {resource} request above its limit");
            }
        }
    }

    [Theory]
    [InlineData(Rendered.Base)]
    [InlineData(Rendered.Prod)]
    public async Task Gpu_services_request_a_gpu_select_the_gpu_pool_tolerate_its_taint_and_scale_to_zero(string kustomization)
    {
        var rendered = await Rendered.LoadAsync(kustomization);

        foreach (var deployment in rendered.Deployments)
        {
            var name = deployment.Metadata.Name;
            var pod = deployment.Spec.Template.Spec;
            var resources = Assert.Single(pod.Containers).Resources;
            var tolerates = pod.Tolerations?.Any(t => t is { Key: "nvidia.com/gpu", Effect: "NoSchedule", OperatorProperty: "Exists" }) == true;
            if (Topology.GpuServices.Contains(name))
            {
                Assert.True(resources.Limits.TryGetValue("nvidia.com/gpu", out var gpus) && gpus.ToInt32() >= 1, $"{name}: no GPU limit");
                Assert.True(tolerates, $"{name}: does not tolerate the GPU taint");
                Assert.Equal("true", Value(pod.NodeSelector, "nvidia.com/gpu.present"));
                var scaled = Assert.Single(rendered.OfKind<ScaledObject>(), s => s.Spec.ScaleTargetRef.Name == name);
                Assert.Equal(0, scaled.Spec.MinReplicaCount);
                Assert.Null(deployment.Spec.Replicas);
            }
            else
            {
                Assert.False(resources.Limits.ContainsKey("nvidia.com/gpu"), $"{name}: holds a GPU it does not use");
                Assert.False(tolerates, $"{name}: tolerates the GPU taint, so it could take a GPU node");
            }
        }
    }

    [Fact]
    public async Task Dev_overlay_runs_without_gpu_nodes_and_with_one_replica()
    {
        var rendered = await Rendered.LoadAsync(Rendered.Dev);

        Assert.All(rendered.Deployments, d =>
        {
            var pod = d.Spec.Template.Spec;
            Assert.False(Assert.Single(pod.Containers).Resources.Limits.ContainsKey("nvidia.com/gpu"), d.Metadata.Name);
            Assert.Null(pod.NodeSelector);
            Assert.DoesNotContain("-cuda", Assert.Single(pod.Containers).Image);
        });
        Assert.All(rendered.OfKind<V2HorizontalPodAutoscaler>(), h => Assert.Equal(1, h.Spec.MaxReplicas));
        Assert.All(rendered.OfKind<ScaledObject>(), s => Assert.Equal(1, s.Spec.MaxReplicaCount));
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public async Task Cpu_services_scale_with_an_hpa_and_stage_workers_with_keda(string kustomization)
    {
        var rendered = await Rendered.LoadAsync(kustomization);
        var hpas = rendered.OfKind<V2HorizontalPodAutoscaler>().ToList();
        var scaledObjects = rendered.OfKind<ScaledObject>().ToList();

        foreach (var deployment in rendered.Deployments)
        {
            var name = deployment.Metadata.Name;
            var hpa = hpas.Where(h => h.Spec.ScaleTargetRef is { Kind: "Deployment" } target && target.Name == name).ToList();
            var keda = scaledObjects.Where(s => s.Spec.ScaleTargetRef.Name == name).ToList();
            // One owner of the replica count, and the manifests do not fight it.
            Assert.Null(deployment.Spec.Replicas);
            if (CpuScaledServices.Contains(name))
            {
                Assert.Empty(keda);
                var only = Assert.Single(hpa);
                Assert.Contains(only.Spec.Metrics, m => m is { Type: "Resource", Resource.Name: "cpu" });
                Assert.InRange(only.Spec.MinReplicas ?? 1, 1, only.Spec.MaxReplicas);
            }
            else
            {
                Assert.Empty(hpa);
                Assert.Single(keda);
            }
        }

        // The feed's ranking model learns in memory from every engagement event: exactly one replica (docs/feed.md).
        var feed = Assert.Single(scaledObjects, s => s.Spec.ScaleTargetRef.Name == "feed");
        Assert.Equal(1, feed.Spec.MaxReplicaCount);
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public async Task Every_deployment_has_a_disruption_budget(string kustomization)
    {
        var rendered = await Rendered.LoadAsync(kustomization);
        var budgets = rendered.OfKind<V1PodDisruptionBudget>().ToList();

        foreach (var deployment in rendered.Deployments)
        {
            var labels = deployment.Spec.Template.Metadata.Labels;
            Assert.Single(budgets, b => Selects(b.Spec.Selector, labels));
        }
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public async Task Network_policies_deny_by_default_and_allow_only_the_listed_calls(string kustomization)
    {
        var rendered = await Rendered.LoadAsync(kustomization);
        var policies = rendered.OfKind<V1NetworkPolicy>().ToList();

        var defaultDeny = Assert.Single(policies, p => p.Metadata.Name == "kino-default-deny");
        Assert.Equal(["Egress", "Ingress"], defaultDeny.Spec.PolicyTypes.Order());
        Assert.Null(defaultDeny.Spec.Ingress);
        Assert.Null(defaultDeny.Spec.Egress);
        Assert.All(policies, p => Assert.Null(p.Spec.PodSelector.MatchExpressions));

        foreach (var deployment in rendered.Deployments)
        {
            var name = deployment.Metadata.Name;
            var labels = deployment.Spec.Template.Metadata.Labels;
            Assert.True(Selects(defaultDeny.Spec.PodSelector, labels), $"{name}: not covered by the default deny");
            var selecting = policies.Where(p => Selects(p.Spec.PodSelector, labels)).ToList();

            var ingress = selecting.SelectMany(p => p.Spec.Ingress ?? []).SelectMany(rule => Peers(rule.FromProperty)).ToHashSet();
            var callers = Calls.Where(call => call.Value.Contains(name)).Select(call => call.Key);
            string[] expectedIngress = name == "gateway" ? [AnyPeer] : callers.ToArray();
            Assert.Equal(expectedIngress.Order(), ingress.Order());

            var egress = selecting.SelectMany(p => p.Spec.Egress ?? []).SelectMany(rule => Peers(rule.To)).ToHashSet();
            var expectedEgress = Infrastructure.Concat(Calls.GetValueOrDefault(name) ?? []).Concat(name == "events" ? [PublicInternet] : []);
            Assert.Equal(expectedEgress.Order(), egress.Order());
        }

        // HTTP calls go to the pods' port; RabbitMQ and MongoDB only on their own ports.
        var podRules = policies.SelectMany(p => p.Spec.Egress ?? []).Where(r => Peers(r.To).Any(peer => Topology.Services.Contains(peer)));
        Assert.All(podRules, r => Assert.Equal(["8080"], r.Ports.Select(port => port.Port.Value)));
    }

    /// <summary>Peer names: a pod's app.kubernetes.io/name, "ns:&lt;namespace&gt;", "ip:&lt;cidr&gt;", or * for anyone.</summary>
    private static IEnumerable<string> Peers(IList<V1NetworkPolicyPeer>? peers)
    {
        if (peers is null || peers.Count == 0) return [AnyPeer];
        return peers.Select(peer => peer switch
        {
            { IpBlock: { } block } => "ip:" + block.Cidr,
            { NamespaceSelector: { } ns } => "ns:" + (Value(ns.MatchLabels, "kubernetes.io/metadata.name") ?? AnyPeer),
            { PodSelector: { } pods } => Value(pods.MatchLabels, "app.kubernetes.io/name") ?? AnyPeer,
            _ => AnyPeer,
        });
    }

    private static string? Value(IDictionary<string, string>? labels, string key) =>
        labels is not null && labels.TryGetValue(key, out var value) ? value : null;

    private static bool Selects(V1LabelSelector selector, IDictionary<string, string> labels) =>
        selector.MatchExpressions is null
        && (selector.MatchLabels ?? new Dictionary<string, string>()).All(l => labels.TryGetValue(l.Key, out var value) && value == l.Value);
}
