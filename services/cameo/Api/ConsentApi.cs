using Kino.Cameo.Consent;
using Kino.Cameo.Privacy;
using Kino.Contracts;
using Kino.ServiceDefaults.Hosting;

namespace Kino.Cameo.Api;

/// <summary>
/// The cameo service's internal API for the pipeline (never routed by the gateway): consent checks for moderation,
/// and the face for the stages that draw it, which checks consent again at that moment.
/// </summary>
public static class ConsentApi
{
    public static void MapConsentApi(this WebApplication app)
    {
        var api = app.MapInternalApi("/internal/cameos");
        api.MapPost("/consent-checks", CheckAsync);
        api.MapGet("/{id}/face", FaceAsync);
    }

    private static async Task<IResult> CheckAsync(ConsentCheckRequest request, CameoStore store, ConsentLedger ledger, TimeProvider clock, CancellationToken ct)
    {
        // JSON binding leaves absent fields null; a malformed check is the caller's error, not a 500.
        if (request.RequesterId is not { Length: > 0 } || request.Prompt is null || request.Handles is null || request.CharacterIds is null)
            return InternalApi.Error(400, "A consent check needs job_id, requester_id, prompt, handles and character_ids.", "invalid_request");
        var results = new List<ConsentCheckResult>();
        var references = request.Handles.Select(h => (Reference: "@" + h.TrimStart('@').ToLowerInvariant(), ById: false))
            .Concat(request.CharacterIds.Select(id => (Reference: id, ById: true))).Distinct();
        foreach (var (reference, byId) in references)
        {
            var cameo = byId ? (await store.GetAsync(reference, ct))?.Value : await store.ByHandleAsync(reference[1..], ct);
            if (cameo is null)
            {
                // A missing cameo and one the requester may not know about read the same.
                results.Add(new(reference, false, $"{reference} is not a cameo you may use.", [], null));
                continue;
            }
            var check = await ledger.CheckAsync(cameo, request.RequesterId, ct);
            if (check.Decision.Allowed)
                await store.RecordUseAsync(new CameoUse(cameo.Id, request.JobId, request.RequesterId, request.Prompt, UseStatus.InProgress, clock.GetUtcNow()), ct);
            results.Add(new(reference, check.Decision.Allowed, check.Decision.Reason, check.Decision.Allowed ? cameo.Restrictions : [],
                check.Decision.Allowed ? cameo.Reference() : null));
        }
        return Results.Ok(results);
    }

    /// <summary>The face (PNG) for a job that may still use it: consent is checked again, so a revocation mid-job stops it.</summary>
    private static async Task<IResult> FaceAsync(string id, Guid job, CameoStore store, ConsentLedger ledger, MediaVault vault, CancellationToken ct)
    {
        if ((await store.GetAsync(id, ct))?.Value is not { } cameo) return Refused("The cameo no longer exists.");
        if (await store.UseAsync(id, job, ct) is not { Status: UseStatus.InProgress or UseStatus.Completed } use) return Refused("This job has no consent to use the cameo (any more).");
        var check = await ledger.CheckAsync(cameo, use.RequesterId, ct);
        if (!check.Decision.Allowed) return Refused(check.Decision.Reason!);
        return await vault.GetAsync(cameo.FaceKey, ct) is { } png ? Results.File(png, "image/png") : Refused("The cameo's face is gone.");
    }

    private static IResult Refused(string reason) => InternalApi.Error(403, reason, JobErrorCodes.CameoConsentRequired);
}
