using System.Security.Cryptography;
using System.Text.Json;
using Kino.Contracts;
using Kino.Moderation.Checks;
using Kino.Moderation.Classification;
using Kino.Moderation.Decisions;
using Kino.Moderation.Policy;
using Kino.ServiceDefaults.Hosting;
using MassTransit;

namespace Kino.Moderation.Api;

/// <summary>
/// The moderation service's internal API, reached through the gateway: OpenAI-compatible <c>POST /v1/moderations</c>,
/// and for admins the decision records, overrides and the running policy.
/// </summary>
public static class ModerationsApi
{
    public const string Model = "kino-moderation-1";
    private const int MaxInputs = 64, MaxInputChars = 32_000;

    /// <summary>OpenAI's moderation categories; every response carries all of them, plus Kino's own.</summary>
    public static readonly string[] OpenAiCategories =
    [
        "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit", "illicit/violent",
        "self-harm", "self-harm/intent", "self-harm/instructions", "sexual", "sexual/minors", "violence", "violence/graphic",
    ];

    private static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void MapModerationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapInternalApi("/moderation");
        api.MapPost("/moderations", Classify);
        api.MapGet("/decisions/{id}", GetDecisionAsync);
        api.MapPost("/decisions/{id}/override", OverrideAsync);
        api.MapGet("/policy", (PolicyProvider policies, PromptClassifier classifier) => Results.Json(PolicySummary(policies.Current, classifier), SnakeCase));
    }

    private static async Task<IResult> Classify(HttpRequest request, PromptModerator moderator, PolicyProvider policies, CancellationToken ct)
    {
        JsonElement body;
        try { body = (await JsonDocument.ParseAsync(request.Body, cancellationToken: ct)).RootElement; }
        catch (JsonException) { return InternalApi.Error(400, "The request body is not valid JSON.", "invalid_json"); }
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("input", out var input))
            return InternalApi.Error(400, "'input' is required: a string or an array of strings.", "missing_required_parameter", "input");
        if (body.TryGetProperty("model", out var model) && model.ValueKind != JsonValueKind.String)
            return InternalApi.Error(400, "'model' must be a string.", "invalid_value", "model");
        List<string> texts;
        switch (input.ValueKind)
        {
            case JsonValueKind.String: texts = [input.GetString()!]; break;
            case JsonValueKind.Array when input.GetArrayLength() is > 0 and <= MaxInputs && input.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String):
                texts = input.EnumerateArray().Select(e => e.GetString()!).ToList(); break;
            default:
                return InternalApi.Error(400, $"'input' must be a string or an array of 1 to {MaxInputs} strings (images are not supported).", "invalid_value", "input");
        }
        if (texts.Any(t => t.Length > MaxInputChars)) return InternalApi.Error(400, $"Each input may have at most {MaxInputChars} characters.", "input_too_long", "input");

        bool teen = request.Headers[InternalApiOptions.TeenHeader] == "true";
        var compiled = policies.Current;
        var results = texts.Select(t => ToOpenAiResult(moderator.Check(t, teen), compiled)).ToList();
        return Results.Json(new { id = "modr-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), model = Model, results });
    }

    /// <summary>One input's result in OpenAI's shape, with Kino's own categories and decision added.</summary>
    public static object ToOpenAiResult(Assessment assessment, CompiledPolicy compiled)
    {
        var flags = OpenAiCategories.ToDictionary(c => c, _ => false);
        var scores = OpenAiCategories.ToDictionary(c => c, _ => 0.0);
        foreach (var result in assessment.Categories)
        {
            var category = compiled.Category(result.Category);
            bool flagged = result.Action is PolicyAction.Block or PolicyAction.RequireCameoConsent;
            foreach (var name in category.AlsoReports.Prepend(category.ApiName))
            {
                flags[name] = flags.GetValueOrDefault(name) || flagged;
                scores[name] = Math.Max(scores.GetValueOrDefault(name), result.Score);
            }
        }
        return new
        {
            flagged = flags.Values.Any(f => f),
            categories = flags,
            category_scores = scores,
            category_applied_input_types = flags.Keys.ToDictionary(k => k, _ => new[] { "text" }),
            kino = new { decision = DecisionNames.Of(assessment.Action), category = assessment.Category, policy_version = assessment.PolicyVersion },
        };
    }

    private static async Task<IResult> GetDecisionAsync(string id, DecisionStore decisions, CancellationToken ct) =>
        !TryParseVideoId(id, out var jobId) ? InternalApi.Error(404, "No video found with that id.", "not_found")
        : await decisions.GetAsync(jobId, ct) is { } record ? Results.Json(record, SnakeCase)
        : InternalApi.Error(404, "No moderation decision found for that video.", "not_found");

    private static async Task<IResult> OverrideAsync(string id, HttpRequest request, DecisionStore decisions, PolicyProvider policies,
        IPublishEndpoint publisher, ILoggerFactory loggers, CancellationToken ct)
    {
        if (!TryParseVideoId(id, out var jobId) || await decisions.GetAsync(jobId, ct) is not { } record)
            return InternalApi.Error(404, "No moderation decision found for that video.", "not_found");
        OverrideRequest? change;
        try { change = await JsonSerializer.DeserializeAsync<OverrideRequest>(request.Body, SnakeCase, ct); }
        catch (JsonException) { return InternalApi.Error(400, "The request body is not valid JSON.", "invalid_json"); }
        if (change is null || change.Phase is not (DecisionStore.PromptPhase or DecisionStore.OutputPhase))
            return InternalApi.Error(400, "'phase' must be 'prompt' or 'output'.", "invalid_value", "phase");
        if (change.Decision is not (DecisionNames.Allowed or DecisionNames.Blocked))
            return InternalApi.Error(400, "'decision' must be 'allowed' or 'blocked'.", "invalid_value", "decision");
        if (string.IsNullOrWhiteSpace(change.Reason) || change.Reason.Length > 1000)
            return InternalApi.Error(400, "'reason' is required (at most 1000 characters): overrides are audited.", "missing_required_parameter", "reason");
        if (record.PhaseOf(change.Phase) is not { } decided)
            return InternalApi.Error(409, $"Moderation has not decided the {change.Phase} phase of this video yet.", "not_decided");
        var compiled = policies.Current;
        var alwaysBlocked = decided.Categories.FirstOrDefault(c => c.Action == PolicyAction.Block && compiled.HasCategory(c.Category) && compiled.Category(c.Category).AlwaysBlocked);
        if (alwaysBlocked is not null)
            return InternalApi.Error(403, $"The category {alwaysBlocked.Category} is always blocked; no one can override it.", "override_not_allowed");

        var admin = request.Headers[InternalApiOptions.OwnerHeader].ToString();
        var entry = new DecisionOverride(change.Phase, change.Decision, admin, change.Reason.Trim(), DateTimeOffset.UtcNow);
        var updated = await decisions.UpdateAsync(jobId, record.OwnerId, record.Teen, r => r with { Overrides = [.. r.Overrides, entry] }, ct);
        await publisher.Publish(new ModerationDecided(jobId, jobId, entry.At, record.OwnerId, change.Phase, change.Decision, decided.Category, decided.PolicyVersion, admin), ct);
        loggers.CreateLogger(typeof(ModerationsApi)).LogWarning("Admin {Admin} overrode the {Phase} decision of job {JobId}: {Decision}", admin, change.Phase, jobId, change.Decision);
        return Results.Json(updated, SnakeCase);
    }

    private sealed record OverrideRequest(string? Phase, string? Decision, string? Reason);

    private static bool TryParseVideoId(string id, out Guid jobId)
    {
        jobId = default;
        return id.StartsWith("video_", StringComparison.Ordinal) && Guid.TryParseExact(id[6..], "N", out jobId);
    }

    private static object PolicySummary(CompiledPolicy compiled, PromptClassifier classifier) => new
    {
        compiled.Policy.Version,
        LexiconPhrases = compiled.Lexicon.Count,
        Classifier = classifier.Description,
        Categories = compiled.Policy.Categories.Select(c => new
        {
            c.Id, c.ApiName, c.Description, c.Action, c.TeenAction, c.AlwaysBlocked, c.Threshold, c.TeenThreshold,
        }),
    };
}
