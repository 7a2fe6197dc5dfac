using Kino.Contracts;
using Kino.Gateway.Auth;
using MassTransit;

namespace Kino.Gateway.Api;

/// <summary>
/// Who the caller is (their user id is what others grant cameo use to and follow), and account deletion: an admin
/// deletes an account at its owner's request, and every service forgets what it holds of the owner (AccountDeleted).
/// </summary>
public static class AccountApi
{
    public static void MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/me", (HttpContext http) =>
        {
            var p = http.Principal();
            return Results.Ok(new { id = p.OwnerId, @object = "user", handle = p.Handle, plan = p.Plan, age_bracket = p.Teen ? "teen" : "adult" });
        }).WithTags("Account");
        app.MapDelete("/v1/admin/accounts/{ownerId}", async (string ownerId, IPublishEndpoint bus, CancellationToken ct) =>
        {
            if (ownerId.Length is 0 or > 100) throw ApiError.BadRequest("Give the account's user id.", "owner_id");
            await bus.Publish(new AccountDeleted(ownerId, DateTimeOffset.UtcNow), ct);
            return Results.Accepted(value: new { id = ownerId, @object = "account.deleted", deleted = true });
        }).WithTags("Admin");
    }
}
