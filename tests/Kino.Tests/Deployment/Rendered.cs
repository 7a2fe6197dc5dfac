using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using k8s;
using k8s.Models;
using Kino.Tests.Support;

namespace Kino.Tests.Deployment;

/// <summary>
/// The output of `kubectl kustomize` for the base and each overlay, parsed strictly into the Kubernetes client's
/// types (unknown fields fail), and KEDA's custom resources into the small types below.
/// </summary>
internal sealed partial class Rendered
{
    public const string Base = "k8s/base";
    public const string Dev = "k8s/overlays/dev";
    public const string Prod = "k8s/overlays/prod";
    public static readonly string[] All = [Base, Dev, Prod];

    /// <summary>The kinds Kino deploys, each with its apiVersion and its type; anything else fails the parse.</summary>
    private static readonly Dictionary<string, (string ApiVersion, Type Type)> Kinds = new()
    {
        ["Namespace"] = ("v1", typeof(V1Namespace)),
        ["ConfigMap"] = ("v1", typeof(V1ConfigMap)),
        ["Secret"] = ("v1", typeof(V1Secret)),
        ["Service"] = ("v1", typeof(V1Service)),
        ["Deployment"] = ("apps/v1", typeof(V1Deployment)),
        ["Ingress"] = ("networking.k8s.io/v1", typeof(V1Ingress)),
        ["NetworkPolicy"] = ("networking.k8s.io/v1", typeof(V1NetworkPolicy)),
        ["PodDisruptionBudget"] = ("policy/v1", typeof(V1PodDisruptionBudget)),
        ["HorizontalPodAutoscaler"] = ("autoscaling/v2", typeof(V2HorizontalPodAutoscaler)),
        ["ScaledObject"] = ("keda.sh/v1alpha1", typeof(ScaledObject)),
        ["TriggerAuthentication"] = ("keda.sh/v1alpha1", typeof(TriggerAuthentication)),
    };

    private static readonly ConcurrentDictionary<string, Lazy<Task<Rendered>>> Cache = new();

    public required IReadOnlyList<object> Objects { get; init; }

    public IEnumerable<T> OfKind<T>() => Objects.OfType<T>();
    public IReadOnlyList<V1Deployment> Deployments => OfKind<V1Deployment>().ToList();
    public V1Deployment Deployment(string name) => Assert.Single(Deployments, d => d.Metadata.Name == name);
    public V1ConfigMap Config => Assert.Single(OfKind<V1ConfigMap>(), c => c.Metadata.Name == "kino-config");

    /// <summary>Renders once per test run; skips when kubectl is absent.</summary>
    public static Task<Rendered> LoadAsync(string kustomization)
    {
        if (FindOnPath(OperatingSystem.IsWindows() ? "kubectl.exe" : "kubectl") is null) Assert.Skip("kubectl not installed");
        return Cache.GetOrAdd(kustomization, k => new Lazy<Task<Rendered>>(() => RenderAsync(k))).Value;
    }

    public static async Task<string> KustomizeAsync(string kustomization)
    {
        var start = new ProcessStartInfo(FindOnPath(OperatingSystem.IsWindows() ? "kubectl.exe" : "kubectl")!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(Path.Combine(Repo.Root, kustomization));

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start kubectl");
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        var output = await stdout;
        if (process.ExitCode != 0) Assert.Fail($"kubectl kustomize {kustomization} exited with {process.ExitCode}: {await stderr}");
        return output;
    }

    private static async Task<Rendered> RenderAsync(string kustomization)
    {
        var output = await KustomizeAsync(kustomization);
        var objects = new List<object>();
        foreach (var document in DocumentSeparator().Split(output).Where(d => !string.IsNullOrWhiteSpace(d)))
        {
            var header = KubernetesYaml.Deserialize<KubernetesObject>(document);
            Assert.True(Kinds.TryGetValue(header.Kind ?? "", out var known), $"{kustomization}: unexpected kind '{header.Kind}'");
            Assert.Equal(known.ApiVersion, header.ApiVersion);
            try
            {
                objects.Add(Deserialize(document, known.Type));
            }
            catch (Exception e)
            {
                Assert.Fail($"{kustomization}: a {header.Kind} does not parse as {known.Type.Name}: {e.Message}");
            }
        }
        Assert.NotEmpty(objects);
        return new Rendered { Objects = objects };
    }

    private static object Deserialize(string yaml, Type type) =>
        typeof(KubernetesYaml).GetMethods()
            .Single(m => m is { Name: nameof(KubernetesYaml.Deserialize), IsGenericMethod: true } && m.GetParameters() is [{ ParameterType: var p }, _] && p == typeof(string))
            .MakeGenericMethod(type)
            .Invoke(null, [yaml, true])!;

    private static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir.Trim('"'), executable))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex(@"^---\s*$", RegexOptions.Multiline)]
    private static partial Regex DocumentSeparator();
}

// KEDA's custom resources (keda.sh/v1alpha1): only the fields Kino uses, so that a typo fails the strict parse.

internal sealed class ScaledObject : KubernetesObject
{
    public V1ObjectMeta Metadata { get; set; } = new();
    public ScaledObjectSpec Spec { get; set; } = new();
}

internal sealed class ScaledObjectSpec
{
    public V2CrossVersionObjectReference ScaleTargetRef { get; set; } = new();
    public int? MinReplicaCount { get; set; }
    public int? MaxReplicaCount { get; set; }
    public int? PollingInterval { get; set; }
    public int? CooldownPeriod { get; set; }
    public List<ScaleTrigger> Triggers { get; set; } = [];
}

internal sealed class ScaleTrigger
{
    public string Type { get; set; } = "";
    public Dictionary<string, string> Metadata { get; set; } = [];
    public NameReference? AuthenticationRef { get; set; }
}

internal sealed class NameReference
{
    public string Name { get; set; } = "";
}

internal sealed class TriggerAuthentication : KubernetesObject
{
    public V1ObjectMeta Metadata { get; set; } = new();
    public TriggerAuthenticationSpec Spec { get; set; } = new();
}

internal sealed class TriggerAuthenticationSpec
{
    public List<SecretTargetRef> SecretTargetRef { get; set; } = [];
}

internal sealed class SecretTargetRef
{
    public string Parameter { get; set; } = "";
    public string Name { get; set; } = "";
    public string Key { get; set; } = "";
}
