using System.Security.Cryptography;
using Kino.Storage;

namespace Kino.Gateway.Auth;

/// <summary>Single-use invite codes for invite-only rollouts.</summary>
public sealed class Invites([FromKeyedServices(GatewayModule.ServiceName)] IDocumentStore store)
{
    public sealed record Invite(string Code, string Plan, DateTimeOffset CreatedAt);
    private readonly IDocumentCollection<Invite> _invites = store.Collection<Invite>("invites");

    public async Task<Invite> IssueAsync(string plan, CancellationToken ct)
    {
        var invite = new Invite("inv_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10)), plan, DateTimeOffset.UtcNow);
        await _invites.InsertAsync(ApiKeyStore.Hash(invite.Code), invite, new DocumentKeys(SortKey: invite.CreatedAt.ToUnixTimeMilliseconds()), ct);
        return invite;
    }

    /// <summary>Consumes the code; returns its plan, or null when it is unknown or already used.</summary>
    public async Task<string?> RedeemAsync(string code, CancellationToken ct)
    {
        var id = ApiKeyStore.Hash(code);
        var invite = await _invites.GetAsync(id, ct);
        // Delete-to-redeem: of two concurrent redemptions only one deletes the row.
        return invite is not null && await _invites.DeleteAsync(id, ct) ? invite.Value.Plan : null;
    }
}
