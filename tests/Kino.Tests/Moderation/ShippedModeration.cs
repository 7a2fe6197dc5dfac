using Kino.Moderation;
using Kino.Moderation.Checks;
using Kino.Moderation.Policy;
using Kino.Tests.Support;

namespace Kino.Tests.Moderation;

/// <summary>The moderator over the policy and classifier the service ships (built once per test run).</summary>
public static class ShippedModeration
{
    public static string PolicyFile => Path.Combine(Repo.Root, "services/moderation/Data/policy.json");
    public static string ClassifierFile => Path.Combine(Repo.Root, "services/moderation/Data/prompt-classifier.bin");
    public static string EvaluationSet => Path.Combine(Repo.Root, "tests/Kino.Tests/Moderation/moderation-test.tsv");

    private static readonly Lazy<(PromptModerator Moderator, CompiledPolicy Policy)> Shared = new(() =>
    {
        var moderator = ModerationCommands.CreateModerator(PolicyFile, ClassifierFile, out var policy);
        return (moderator, policy);
    });

    public static PromptModerator Moderator => Shared.Value.Moderator;
    public static CompiledPolicy Policy => Shared.Value.Policy;
}
