using Kino.Contracts;

namespace Kino.Cameo.Consent;

/// <summary>Who may use a cameo besides its owner.</summary>
public static class Permissions
{
    public const string OnlyMe = "only_me";
    /// <summary>Only the people the owner granted one by one.</summary>
    public const string Approved = "approved";
    /// <summary>People who follow the owner and whom the owner follows back, plus the granted.</summary>
    public const string MutualFollowers = "mutual_followers";
    public const string Everyone = "everyone";

    public static readonly string[] All = [OnlyMe, Approved, MutualFollowers, Everyone];
}

/// <summary>What the owner forbids in videos with their cameo; moderation enforces these on every prompt that uses it.</summary>
public static class Restrictions
{
    public const string NoAppearanceChanges = "no_appearance_changes";
    public const string NoPoliticalContent = "no_political_content";

    public static readonly string[] All = [NoAppearanceChanges, NoPoliticalContent];
}

public static class AgeBrackets
{
    public const string Adult = "adult";
    /// <summary>Under 18: nobody but the owner may use it, and its videos never reach the public feed.</summary>
    public const string Minor = "minor";

    public static readonly string[] All = [Adult, Minor];
}

/// <summary>Where the face was found in the owner's upload, and the crop kept of it (pixels of the crop image).</summary>
public sealed record FaceRegion(int Width, int Height, int SourceFrames, int FramesWithFace);

/// <summary>
/// A cameo: the owner's attested likeness and voice, and their consent settings. Media (the face crop and the
/// upload) live encrypted in the blob store under <see cref="Kino.Cameo.Privacy.MediaVault.Folder"/>.
/// </summary>
public sealed record CameoRecord(
    string Id, string OwnerId, string Handle, string Name, string AgeBracket, string Permission,
    IReadOnlyList<string> Grants, IReadOnlyList<string> Restrictions, FaceRegion Face, VoiceProfile? Voice,
    DateTimeOffset CreatedAt, DateTimeOffset AttestedAt)
{
    public bool Minor => AgeBracket == AgeBrackets.Minor;

    public string FaceKey => Kino.Cameo.Privacy.MediaVault.Folder(Id) + "face.png";
    public string UploadKey => Kino.Cameo.Privacy.MediaVault.Folder(Id) + "upload";

    public CameoRef Reference() => new(Id, Handle, OwnerId, Minor, Voice);
}

/// <summary>One video that used (or tried to use) a cameo: the owner sees every one, drafts of other people included.</summary>
public sealed record CameoUse(string CameoId, Guid JobId, string RequesterId, string Prompt, string Status, DateTimeOffset CreatedAt, DateTimeOffset? RemovedAt = null,
    string? RemovedBecause = null);

public static class UseStatus
{
    /// <summary>Consent was checked and the job is being made.</summary>
    public const string InProgress = "in_progress";
    public const string Completed = "completed";
    public const string Failed = "failed";
    /// <summary>Its maker deleted it.</summary>
    public const string Deleted = "deleted";
    /// <summary>Taken down: consent was revoked, or the cameo's owner removed or reported it.</summary>
    public const string Removed = "removed";
}
