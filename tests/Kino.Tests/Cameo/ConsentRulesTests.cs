using Kino.Cameo.Consent;
using Kino.Contracts;
using Kino.Moderation.Checks;

namespace Kino.Tests.Cameo;

/// <summary>Every permission path of the consent rules, the minors' rules, and the owners' restrictions.</summary>
public sealed class ConsentRulesTests
{
    private static CameoRecord Cameo(string permission, string age = AgeBrackets.Adult, params string[] grants) =>
        new("char_1", "owner_a", "anna", "Anna", age, permission, grants, [], new FaceRegion(256, 256, 8, 8), null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    [Theory]
    // permission, requester, granted?, mutual followers?, allowed?
    [InlineData(Permissions.OnlyMe, "owner_a", false, false, true)]
    [InlineData(Permissions.OnlyMe, "owner_b", false, true, false)]
    [InlineData(Permissions.OnlyMe, "owner_b", true, false, false)]
    [InlineData(Permissions.Approved, "owner_b", true, false, true)]
    [InlineData(Permissions.Approved, "owner_b", false, true, false)]
    [InlineData(Permissions.Approved, "owner_a", false, false, true)]
    [InlineData(Permissions.MutualFollowers, "owner_b", false, true, true)]
    [InlineData(Permissions.MutualFollowers, "owner_b", true, false, true)]
    [InlineData(Permissions.MutualFollowers, "owner_b", false, false, false)]
    [InlineData(Permissions.Everyone, "owner_b", false, false, true)]
    public void Each_permission_admits_exactly_its_people(string permission, string requester, bool granted, bool mutual, bool allowed)
    {
        var decision = ConsentRules.Decide(Cameo(permission, AgeBrackets.Adult, granted ? ["owner_b"] : []), requester, mutual);
        Assert.Equal(allowed, decision.Allowed);
        Assert.Equal(allowed, decision.Reason is null);
        if (!allowed) Assert.Contains("@anna", decision.Reason);
    }

    [Theory]
    [InlineData(Permissions.OnlyMe)]
    [InlineData(Permissions.Approved)]
    [InlineData(Permissions.MutualFollowers)]
    [InlineData(Permissions.Everyone)]
    public void A_minors_cameo_is_for_its_owner_alone_whatever_the_settings_say(string permission)
    {
        var minor = Cameo(permission, AgeBrackets.Minor, "owner_b");
        Assert.True(ConsentRules.Decide(minor, "owner_a", mutualFollowers: false).Allowed);
        var refused = ConsentRules.Decide(minor, "owner_b", mutualFollowers: true);
        Assert.False(refused.Allowed);
        Assert.Contains("minor", refused.Reason);
    }

    [Fact]
    public void Settings_that_would_open_a_minors_cameo_are_refused()
    {
        Assert.Null(ConsentRules.CheckSettings(AgeBrackets.Minor, Permissions.OnlyMe, []));
        Assert.NotNull(ConsentRules.CheckSettings(AgeBrackets.Minor, Permissions.Everyone, []));
        Assert.NotNull(ConsentRules.CheckSettings(AgeBrackets.Minor, Permissions.OnlyMe, ["owner_b"]));
        Assert.Null(ConsentRules.CheckSettings(AgeBrackets.Adult, Permissions.Everyone, ["owner_b"]));
    }

    private static ConsentCheckResult Allowed(params string[] restrictions) =>
        new("@anna", true, null, restrictions, new CameoRef("char_1", "anna", "owner_a", false, null));

    [Theory]
    [InlineData("@anna gives a speech at an election rally", "no_political_content")]
    [InlineData("@anna hält eine Rede im Bundestag", "no_political_content")]
    [InlineData("@anna as an old man with a long beard", "no_appearance_changes")]
    [InlineData("@anna, bald and much older, walks home", "no_appearance_changes")]
    [InlineData("@anna wird als Kind gezeigt", "no_appearance_changes")]
    public void Owners_restrictions_refuse_the_prompts_that_break_them(string prompt, string restriction)
    {
        var (result, reasons) = CameoRestrictions.Check(prompt, [Allowed(restriction)]);
        Assert.NotNull(result);
        Assert.Contains($"restriction:@anna:{restriction}", result.Rules);
        Assert.Contains("@anna", Assert.Single(reasons));
        Assert.Null(CameoRestrictions.Check(prompt, [Allowed()]).Result);   // without the restriction the same prompt passes
    }

    [Theory]
    [InlineData("@anna walks her dog along a sunny beach")]
    [InlineData("@anna votes for the best ice cream flavour")]   // "votes" is political vocabulary: refused, see below
    public void Harmless_prompts_pass_the_appearance_restriction(string prompt) =>
        Assert.Null(CameoRestrictions.Check(prompt, [Allowed(Restrictions.NoAppearanceChanges)]).Result);

    [Fact]
    public void The_political_restriction_errs_on_the_side_of_the_owner() =>
        Assert.NotNull(CameoRestrictions.Check("@anna votes for the best ice cream flavour", [Allowed(Restrictions.NoPoliticalContent)]).Result);
}
