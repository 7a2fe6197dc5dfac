using k8s.Models;
using Kino.Tests.Deployment;

namespace Kino.Tests.Security;

/// <summary>
/// In the Kubernetes manifests (base and overlays, as kubectl renders them) each service key reaches only the pods
/// of the service that owns it: the C2PA signing Secret only provenance, the watermark key only watermark, the cameo
/// media key only cameo. A reference to a whole Secret (envFrom, a volume without items) counts as every key in it.
/// </summary>
public sealed class KeyIsolationManifestTests
{
    public static TheoryData<string> Kustomizations => new(Rendered.All);

    /// <summary>(Secret, key; null: the whole Secret) → the only service that may read it.</summary>
    private static readonly Dictionary<(string Secret, string? Key), string> Owners = new()
    {
        [("kino-signing", null)] = "provenance",
        [("kino-secrets", "watermark-secret")] = "watermark",
        [("kino-secrets", "cameo-encryption-key")] = "cameo",
    };

    /// <summary>Every (Secret, key) a pod can read; key null when it gets the whole Secret.</summary>
    private static IEnumerable<(string Secret, string? Key)> SecretsRead(V1PodSpec pod)
    {
        foreach (var container in pod.Containers.Concat(pod.InitContainers ?? []))
        {
            foreach (var env in container.Env ?? [])
                if (env.ValueFrom?.SecretKeyRef is { } reference) yield return (reference.Name, reference.Key);
            foreach (var source in container.EnvFrom ?? [])
                if (source.SecretRef is { } whole) yield return (whole.Name, null);
        }
        foreach (var volume in pod.Volumes ?? [])
        {
            if (volume.Secret is { } secret)
                foreach (var read in Items(secret.SecretName, secret.Items)) yield return read;
            foreach (var projected in volume.Projected?.Sources ?? [])
                if (projected.Secret is { } part)
                    foreach (var read in Items(part.Name, part.Items)) yield return read;
        }
    }

    private static IEnumerable<(string, string?)> Items(string secret, IList<V1KeyToPath>? items) =>
        items is { Count: > 0 } ? items.Select(i => (secret, (string?)i.Key)) : [(secret, null)];

    private static bool Covers((string Secret, string? Key) owned, (string Secret, string? Key) read) =>
        owned.Secret == read.Secret && (owned.Key is null || read.Key is null || owned.Key == read.Key);

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public async Task Each_services_key_is_mounted_only_into_that_service(string kustomization)
    {
        var rendered = await Rendered.LoadAsync(kustomization);
        var reads = rendered.Deployments.SelectMany(d => SecretsRead(d.Spec.Template.Spec).Select(read => (Service: d.Metadata.Name, Read: read))).ToList();
        foreach (var (owned, service) in Owners)
        {
            var readers = reads.Where(r => Covers(owned, r.Read)).Select(r => r.Service).Distinct().ToList();
            Assert.True(readers.SequenceEqual([service]), $"{kustomization}: {owned.Secret}/{owned.Key ?? "*"} is read by {string.Join(", ", readers)}; only {service} may");
        }
    }
}
