using System.Text.Json.Nodes;
using Kino.Moderation;
using Kino.Moderation.Policy;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kino.Tests.Moderation;

/// <summary>The policy is data: a changed file takes effect without a restart; a broken one never replaces a good one.</summary>
public sealed class PolicyReloadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kino-policy-").FullName;
    private string PolicyPath => Path.Combine(_folder, "policy.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static JsonNode ShippedPolicy() =>
        JsonNode.Parse(File.ReadAllText(ShippedModeration.PolicyFile), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;

    private PolicyProvider Provider() =>
        new(Options.Create(new ModerationOptions { PolicyFile = PolicyPath }), NullLogger<PolicyProvider>.Instance);

    private static bool Matches(PolicyProvider provider, string text) =>
        provider.Current.Lexicon.Match(Kino.Moderation.Text.PromptNormalizer.Tokenize(text)).Any(m => m.Entry.Meaning.Kind == TermKind.Term);

    [Fact]
    public void A_changed_policy_file_is_picked_up_with_its_new_version()
    {
        var policy = ShippedPolicy();
        File.WriteAllText(PolicyPath, policy.ToJsonString());
        var provider = Provider();
        Assert.False(provider.ReloadIfChanged());
        Assert.False(Matches(provider, "a glorbnax in the garden"));

        policy["version"] = "test.2";
        policy["categories"]![2]!["terms"]!["en"]!.AsArray().Add("glorbnax");
        File.WriteAllText(PolicyPath, policy.ToJsonString());
        Assert.True(provider.ReloadIfChanged());
        Assert.Equal("test.2", provider.Current.Policy.Version);
        Assert.True(Matches(provider, "a glorbnax in the garden"));
    }

    [Fact]
    public void A_broken_or_weakened_file_is_rejected_and_the_running_policy_stays()
    {
        var policy = ShippedPolicy();
        File.WriteAllText(PolicyPath, policy.ToJsonString());
        var provider = Provider();
        var version = provider.Current.Policy.Version;

        File.WriteAllText(PolicyPath, "{ not json");
        Assert.False(provider.ReloadIfChanged());
        Assert.Equal(version, provider.Current.Policy.Version);

        policy["version"] = "weakened";
        policy["categories"]![0]!["action"] = "age_gate"; // sexual_minors must always block
        File.WriteAllText(PolicyPath, policy.ToJsonString());
        Assert.False(provider.ReloadIfChanged());
        Assert.Equal(version, provider.Current.Policy.Version);

        policy["categories"]![0]!["action"] = "block";
        policy["categories"]![1]!["teen_action"] = "allow"; // teens may not get laxer rules than adults
        File.WriteAllText(PolicyPath, policy.ToJsonString());
        Assert.False(provider.ReloadIfChanged());

        policy["categories"]![1]!["teen_action"] = "block";
        policy["categories"]![1]!["unknown_field"] = 1; // typos are errors, not silently ignored
        File.WriteAllText(PolicyPath, policy.ToJsonString());
        Assert.False(provider.ReloadIfChanged());
        Assert.Equal(version, provider.Current.Policy.Version);
    }

    [Fact]
    public void The_service_does_not_start_without_a_valid_policy()
    {
        File.WriteAllText(PolicyPath, "[]");
        Assert.Throws<InvalidPolicyException>(() => Provider());
    }
}
