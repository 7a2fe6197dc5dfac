namespace Kino.Cameo.Consent;

/// <summary>Whether a requester may use a cameo, and if not, why (in words the requester may read).</summary>
public sealed record ConsentDecision(bool Allowed, string? Reason)
{
    public static readonly ConsentDecision Yes = new(true, null);
    public static ConsentDecision No(string reason) => new(false, reason);
}

/// <summary>The consent rules, as pure functions: the same answer for every path that can use a likeness.</summary>
public static class ConsentRules
{
    /// <param name="mutualFollowers">The requester and the owner follow each other.</param>
    public static ConsentDecision Decide(CameoRecord cameo, string requesterId, bool mutualFollowers)
    {
        if (requesterId == cameo.OwnerId) return ConsentDecision.Yes;
        if (cameo.Minor) return ConsentDecision.No($"@{cameo.Handle} is a minor's cameo: only its owner may use it.");
        bool granted = cameo.Grants.Contains(requesterId);
        return cameo.Permission switch
        {
            Permissions.Everyone => ConsentDecision.Yes,
            Permissions.Approved when granted => ConsentDecision.Yes,
            Permissions.MutualFollowers when granted || mutualFollowers => ConsentDecision.Yes,
            Permissions.OnlyMe => ConsentDecision.No($"@{cameo.Handle} may be used by its owner only."),
            Permissions.MutualFollowers => ConsentDecision.No($"@{cameo.Handle} may be used by people its owner approved and by mutual followers; you are neither."),
            _ => ConsentDecision.No($"@{cameo.Handle} may be used by people its owner approved; you are not one of them."),
        };
    }

    /// <summary>Settings that would let others use a minor's cameo are refused outright.</summary>
    public static string? CheckSettings(string ageBracket, string permission, IReadOnlyCollection<string> grants) =>
        ageBracket == AgeBrackets.Minor && (permission != Permissions.OnlyMe || grants.Count > 0)
            ? "A minor's cameo can be used by its owner only: its permission must be 'only_me', with no grants."
            : null;
}
