using System.Text.Json;
using Kino.Gateway.Auth;
using Microsoft.Extensions.Options;

namespace Kino.Gateway.Api;

/// <summary>API keys and invites. /v1/admin needs an admin key (checked by the request gate); redeeming an invite needs none.</summary>
public static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/v1/admin").WithTags("Admin");
        admin.MapPost("/api_keys", CreateKeyAsync);
        admin.MapDelete("/api_keys/{id}", RevokeKeyAsync);
        admin.MapPost("/invites", IssueInviteAsync);
        app.MapPost("/v1/invites/redeem", RedeemAsync).WithTags("Invites");
    }

    private static async Task<IResult> CreateKeyAsync(HttpRequest request, ApiKeyStore keys, IOptionsMonitor<GatewayOptions> options, CancellationToken ct)
    {
        var fields = await JsonFields.ReadStringsAsync(request, ["name", "plan", "age_bracket", "handle"], ct);
        var name = RequireName(fields);
        var plan = CheckPlan(fields.GetValueOrDefault("plan") ?? "free", options.CurrentValue);
        var teen = fields.GetValueOrDefault("age_bracket") switch
        {
            null or "adult" => false,
            "teen" => true,
            _ => throw ApiError.BadRequest("'age_bracket' must be 'adult' or 'teen'.", "age_bracket"),
        };
        // The public handle shown in the visible watermark: 3–30 of a–z, 0–9, '_' and '.'.
        var handle = fields.GetValueOrDefault("handle");
        if (handle is not null && !System.Text.RegularExpressions.Regex.IsMatch(handle, "^[a-z0-9_.]{3,30}$"))
            throw ApiError.BadRequest("'handle' must be 3 to 30 characters of a-z, 0-9, '_' and '.'.", "handle");
        var (record, key) = await keys.CreateAsync(name, plan, isAdmin: false, ownerId: null, ct, teen: teen, handle: handle);
        return Results.Ok(new { id = record.Id, key, plan = record.Plan, name = record.Name, age_bracket = teen ? "teen" : "adult", handle = record.Handle,
            created_at = record.CreatedAt.ToUnixTimeSeconds() });
    }

    private static async Task<IResult> RevokeKeyAsync(string id, ApiKeyStore keys, CancellationToken ct) =>
        await keys.RevokeAsync(id, ct)
            ? Results.Ok(new { id, @object = "api_key.deleted", deleted = true })
            : ApiError.NotFound("API key").ToResult();

    private static async Task<IResult> IssueInviteAsync(HttpRequest request, Invites invites, IOptionsMonitor<GatewayOptions> options, CancellationToken ct)
    {
        var fields = request.ContentLength is null or 0 && request.ContentType is null
            ? [] : await JsonFields.ReadStringsAsync(request, ["plan"], ct);
        var invite = await invites.IssueAsync(CheckPlan(fields.GetValueOrDefault("plan") ?? "free", options.CurrentValue), ct);
        return Results.Ok(new { code = invite.Code, plan = invite.Plan });
    }

    private static async Task<IResult> RedeemAsync(HttpRequest request, Invites invites, ApiKeyStore keys, IOptionsMonitor<GatewayOptions> options, CancellationToken ct)
    {
        if (!options.CurrentValue.InviteOnly)
            throw new ApiError(403, "Invites are not in use on this server; ask an admin for an API key.", "invites_disabled");
        var fields = await JsonFields.ReadStringsAsync(request, ["code", "name"], ct);
        var name = RequireName(fields);
        var plan = await invites.RedeemAsync(fields.GetValueOrDefault("code") ?? "", ct)
            ?? throw new ApiError(403, "This invite code is not valid or was already used.", "invalid_invite");
        var (record, key) = await keys.CreateAsync(name, plan, isAdmin: false, ownerId: null, ct);
        return Results.Ok(new { id = record.Id, key, plan = record.Plan });
    }

    private static string RequireName(Dictionary<string, string> fields) =>
        fields.GetValueOrDefault("name") is { Length: <= 200 } name && !string.IsNullOrWhiteSpace(name)
            ? name
            : throw ApiError.BadRequest("'name' is required (at most 200 characters).", "name", "missing_required_parameter");

    private static string CheckPlan(string plan, GatewayOptions options) =>
        options.Plans.ContainsKey(plan) && plan != "admin"
            ? plan
            : throw ApiError.BadRequest($"Unknown plan '{plan}'. Plans: {string.Join(", ", options.Plans.Keys.Where(p => p != "admin"))}.", "plan");
}
