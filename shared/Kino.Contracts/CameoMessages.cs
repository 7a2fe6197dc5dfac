using System.Text.Json.Serialization;

namespace Kino.Contracts;

// v1 of the cameo contracts. A cameo is a person's consented likeness and voice; consent is checked on every use.

/// <summary>
/// A speaker's voice as measured from the cameo owner's sample: median pitch, speaking rate and brightness, and the
/// espeak-ng settings that come closest (variant, pitch 0–99, rate in words per minute).
/// </summary>
public sealed record VoiceProfile(double MedianPitchHz, double SyllablesPerSecond, double SpectralCentroidHz, string Variant, int EspeakPitch, int EspeakRate);

/// <summary>
/// A cameo that a job may use: moderation resolved it (an @handle in the prompt or a character id in the request) and
/// found the requester's consent. Stages fetch the face from the cameo service by <see cref="CameoId"/>, which checks
/// the consent again; media never travels in messages.
/// </summary>
public sealed record CameoRef(string CameoId, string Handle, string OwnerId, bool Minor, VoiceProfile? Voice);

/// <summary>Why consent ended, in <see cref="CameoConsentRevoked.Scope"/>.</summary>
public static class RevocationScopes
{
    /// <summary>The owner took back one person's grant (or narrowed who may use the cameo): that person's videos go.</summary>
    public const string Grant = "grant";
    /// <summary>The cameo was deleted: every video that used it goes.</summary>
    public const string Cameo = "cameo";
    /// <summary>The owner removed or reported one video that used the cameo.</summary>
    public const string Video = "video";
}

/// <summary>The owner let <see cref="GranteeId"/> use the cameo (a public event).</summary>
public sealed record CameoConsentGranted(string CameoId, string OwnerId, string GranteeId, DateTimeOffset OccurredAt);

/// <summary>
/// Consent ended (a public event): the videos in <see cref="JobIds"/> used the cameo without it now, so the feed takes
/// them down and unfinished jobs fail with cameo_consent_required. <see cref="UserId"/> is whose use ended (null: everyone's).
/// </summary>
public sealed record CameoConsentRevoked(string CameoId, string OwnerId, string Scope, string? UserId, IReadOnlyList<Guid> JobIds, DateTimeOffset OccurredAt);

/// <summary>One user started following another (the social graph that "mutual followers" consent reads).</summary>
public sealed record UserFollowed(string FollowerId, string FolloweeId, DateTimeOffset OccurredAt);

public sealed record UserUnfollowed(string FollowerId, string FolloweeId, DateTimeOffset OccurredAt);

/// <summary>
/// A consent check, as moderation asks the cameo service's internal API (<c>POST /internal/cameos/consent-checks</c>):
/// who asks, for which job, naming which cameos (by @handle or by id). Allowed uses are recorded for the owner to see.
/// </summary>
public sealed record ConsentCheckRequest(
    [property: JsonPropertyName("job_id")] Guid JobId,
    [property: JsonPropertyName("requester_id")] string RequesterId,
    [property: JsonPropertyName("prompt")] string Prompt,
    [property: JsonPropertyName("handles")] IReadOnlyList<string> Handles,
    [property: JsonPropertyName("character_ids")] IReadOnlyList<string> CharacterIds);

/// <summary>One named cameo's answer: <see cref="Cameo"/> is set when it exists and may be used (then its restrictions apply).</summary>
public sealed record ConsentCheckResult(
    [property: JsonPropertyName("reference")] string Reference,
    [property: JsonPropertyName("allowed")] bool Allowed,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("restrictions")] IReadOnlyList<string> Restrictions,
    [property: JsonPropertyName("cameo")] CameoRef? Cameo);
