using Kino.Contracts;
using Kino.ServiceDefaults.Messaging;
using Kino.Storage;
using Microsoft.Extensions.Options;

namespace Kino.Moderation;

public sealed class ModeratePromptConsumer(
    [FromKeyedServices(ModerationModule.ServiceName)] IDocumentStore store,
    IOptionsMonitor<PlaceholderPolicyOptions> policy,
    ILogger<ModeratePromptConsumer> logger)
    : StageConsumer<ModeratePrompt, PromptModerated>(store, logger)
{
    protected override string Stage => Stages.Moderation;

    protected override Task<PromptModerated> ExecuteAsync(ModeratePrompt command, Func<double> elapsed, CancellationToken ct)
    {
        var term = PlaceholderPolicy.FindBlockedTerm(command.Prompt, policy.CurrentValue.BlockedTerms);
        // Never log the text of a rejected prompt.
        return Task.FromResult(new PromptModerated(command.JobId, command.CorrelationId, DateTimeOffset.UtcNow, command.Attempt,
            Placeholder: true, elapsed(), Allowed: term is null,
            Category: term is null ? null : "blocked_term",
            Reason: term is null ? null : "The prompt contains a term the content policy does not allow."));
    }
}
