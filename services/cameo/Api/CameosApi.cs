using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Kino.Cameo.Consent;
using Kino.Cameo.Likeness;
using Kino.Cameo.Privacy;
using Kino.Contracts;
using Kino.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Kino.Cameo.Api;

/// <summary>
/// The cameo API as the gateway proxies it (the gateway has authenticated the caller and set the owner header):
/// OpenAI's characters (create, retrieve) and Kino's own list, settings, grants, uses and deletion. Another person's
/// cameo is answered exactly like a missing one (404).
/// </summary>
public static partial class CameosApi
{
    [GeneratedRegex("^[a-z0-9_.]{3,30}$")]
    private static partial Regex HandlePattern();

    public static void MapCameosApi(this WebApplication app)
    {
        var cameos = app.MapCallerApi("/cameos");
        cameos.MapPost("/characters", CreateAsync);
        cameos.MapGet("/characters/{id}", GetAsync);
        cameos.MapGet("", ListAsync);
        cameos.MapGet("/{id}", GetAsync);
        cameos.MapPatch("/{id}", UpdateAsync);
        cameos.MapDelete("/{id}", DeleteAsync);
        cameos.MapGet("/{id}/face", FaceAsync);
        cameos.MapPost("/{id}/grants", GrantAsync);
        cameos.MapDelete("/{id}/grants/{userId}", RevokeGrantAsync);
        cameos.MapGet("/{id}/videos", UsesAsync);
        cameos.MapDelete("/{id}/videos/{videoId}", RemoveVideoAsync);
        cameos.MapPost("/{id}/videos/{videoId}/report", ReportVideoAsync);
    }


    private static IResult Error(int status, string message, string code, string? param = null) => InternalApi.Error(status, message, code, param);

    private static async Task<IResult> CreateAsync(HttpRequest request, CameoStore store, MediaVault vault, LikenessExtractor extractor,
        IOptions<CameoOptions> options, TimeProvider clock, ILogger<CameoStore> logger, CancellationToken ct)
    {
        var owner = request.Caller();
        if (!request.HasFormContentType) return Error(400, "Send the cameo as multipart/form-data with 'name' and a 'video' file.", "unsupported_content_type");
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = options.Value.MaxUploadBytes + 64 * 1024;
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.Value.MaxUploadBytes + 64 * 1024, ValueCountLimit = 32 }, ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) || e is BadHttpRequestException { StatusCode: 413 }
                ? Error(413, $"The upload is larger than {options.Value.MaxUploadBytes / 1024 / 1024} MB.", "file_too_large")
                : Error(400, $"Malformed multipart body: {e.Message}", "invalid_multipart");
        }
        string[] known = ["name", "handle", "age_bracket", "attest_own_likeness", "permission", "restrictions"];
        if (form.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown) return Error(400, $"Unknown parameter: '{unknown}'.", "unknown_parameter", unknown);
        if (form.Files.FirstOrDefault(f => f.Name is not ("video" or "voice")) is { } unknownFile) return Error(400, $"Unknown file part: '{unknownFile.Name}'.", "unknown_parameter", unknownFile.Name);

        var name = form["name"].ToString().Trim();
        if (name.Length is 0 or > 80) return Error(400, "'name' is required: 1 to 80 characters.", "missing_required_parameter", "name");
        var video = form.Files.GetFile("video");
        if (video is null || video.Length == 0) return Error(400, "'video' is required: a short video (or a photo) of your face.", "missing_required_parameter", "video");
        if (form["attest_own_likeness"].ToString() != "true")
            return Error(400, "Set 'attest_own_likeness' to 'true' to confirm the face and voice are your own. Kino never makes a cameo of someone else.", "attestation_required", "attest_own_likeness");
        var age = form["age_bracket"].ToString();
        if (!AgeBrackets.All.Contains(age)) return Error(400, "'age_bracket' is required: 'adult' or 'minor' (under 18).", "invalid_age_bracket", "age_bracket");
        if (request.Headers[InternalApiOptions.TeenHeader] == "true" && age != AgeBrackets.Minor)
            return Error(400, "A teen account's cameo is a minor's cameo: set 'age_bracket' to 'minor'.", "invalid_age_bracket", "age_bracket");
        var handle = (form["handle"].ToString() is { Length: > 0 } given ? given : request.Headers[InternalApiOptions.HandleHeader].ToString()).TrimStart('@').ToLowerInvariant();
        if (!HandlePattern().IsMatch(handle))
            return Error(400, "A cameo needs a handle (3-30 of a-z, 0-9, '_' and '.'): give 'handle', or use an API key that has one.", "invalid_handle", "handle");
        var permission = form["permission"].ToString() is { Length: > 0 } p ? p : Permissions.OnlyMe;
        if (!Permissions.All.Contains(permission)) return Error(400, $"'permission' must be one of {string.Join(", ", Permissions.All)}.", "invalid_permission", "permission");
        var restrictions = form["restrictions"].SelectMany(r => (r ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        if (restrictions.FirstOrDefault(r => !Restrictions.All.Contains(r)) is { } badRestriction)
            return Error(400, $"Unknown restriction '{badRestriction}'; known: {string.Join(", ", Restrictions.All)}.", "invalid_restriction", "restrictions");
        if (ConsentRules.CheckSettings(age, permission, []) is { } refusal) return Error(400, refusal, "minor_cameo_is_private", "permission");

        var work = Directory.CreateTempSubdirectory("kino-cameo-");
        try
        {
            var upload = Path.Combine(work.FullName, "upload");
            await using (var file = File.Create(upload)) await video.CopyToAsync(file, ct);
            string? voicePath = null;
            if (form.Files.GetFile("voice") is { Length: > 0 } voice)
            {
                voicePath = Path.Combine(work.FullName, "voice");
                await using var file = File.Create(voicePath);
                await voice.CopyToAsync(file, ct);
            }
            Likeness.Likeness likeness;
            try
            {
                likeness = await extractor.ExtractAsync(upload, voicePath, work.FullName, ct);
            }
            catch (UploadRejectedException e)
            {
                return Error(e.Status, e.Message, e.Code, e.Code.Contains("voice") ? "voice" : "video");
            }
            var now = clock.GetUtcNow();
            var cameo = new CameoRecord("char_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), owner, handle, name, age, permission, [], restrictions,
                likeness.Face, likeness.Voice, now, now);
            // Media first, encrypted: a cameo record never points at media that is not there.
            await vault.PutAsync(cameo.FaceKey, likeness.FacePng, "image/png", ct);
            await vault.PutAsync(cameo.UploadKey, await File.ReadAllBytesAsync(upload, ct), "application/octet-stream", ct);
            if (!await store.CreateAsync(cameo, ct))
            {
                await vault.DeleteAllAsync(cameo.Id, ct);
                return Error(409, $"The handle '@{handle}' already has a cameo.", "handle_taken", "handle");
            }
            logger.LogInformation("Cameo {CameoId} created by {OwnerId} (@{Handle}, {AgeBracket}, voice {Voice})", cameo.Id, owner, handle, age, likeness.Voice is null ? "none" : "measured");
            return Results.Ok(CharacterObject.From(cameo));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<(CameoRecord Cameo, long Version)?> OwnedAsync(string id, HttpRequest request, CameoStore store, CancellationToken ct) =>
        await store.GetAsync(id, ct) is { } found && found.Value.OwnerId == request.Caller() ? (found.Value, found.Version) : null;

    private static IResult NotFound() => Error(404, "No cameo with that id.", "not_found", "id");

    private static async Task<IResult> GetAsync(string id, HttpRequest request, CameoStore store, CancellationToken ct) =>
        await OwnedAsync(id, request, store, ct) is { } owned ? Results.Ok(CharacterObject.From(owned.Cameo)) : NotFound();

    private static async Task<IResult> ListAsync(HttpRequest request, CameoStore store, CancellationToken ct) =>
        Results.Ok(new { @object = "list", data = (await store.OwnedByAsync(request.Caller(), ct)).Select(CharacterObject.From).ToList() });

    private static async Task<IResult> FaceAsync(string id, HttpRequest request, CameoStore store, MediaVault vault, CancellationToken ct) =>
        await OwnedAsync(id, request, store, ct) is { } owned && await vault.GetAsync(owned.Cameo.FaceKey, ct) is { } png
            ? Results.File(png, "image/png") : NotFound();

    /// <summary>Kino's settings change: name, permission, restrictions (PATCH: only the fields given).</summary>
    private static async Task<IResult> UpdateAsync(string id, HttpRequest request, CameoStore store, ConsentLedger ledger, CancellationToken ct)
    {
        if (await OwnedAsync(id, request, store, ct) is not { } owned) return NotFound();
        if (await ReadJsonAsync(request, ct) is not { } body) return Error(400, "Send a JSON object.", "invalid_json");
        var cameo = owned.Cameo;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "name" when property.Value.ValueKind == JsonValueKind.String && property.Value.GetString()!.Trim() is { Length: > 0 and <= 80 } name:
                    cameo = cameo with { Name = name };
                    break;
                case "permission" when property.Value.ValueKind == JsonValueKind.String && Permissions.All.Contains(property.Value.GetString()):
                    cameo = cameo with { Permission = property.Value.GetString()! };
                    break;
                case "restrictions" when property.Value.ValueKind == JsonValueKind.Array
                                         && property.Value.EnumerateArray().All(r => r.ValueKind == JsonValueKind.String && Restrictions.All.Contains(r.GetString())):
                    cameo = cameo with { Restrictions = property.Value.EnumerateArray().Select(r => r.GetString()!).Distinct().ToList() };
                    break;
                case "name" or "permission" or "restrictions":
                    return Error(400, $"Invalid '{property.Name}': name is 1-80 characters; permission one of {string.Join(", ", Permissions.All)}; restrictions a list of {string.Join(", ", Restrictions.All)}.",
                        "invalid_parameter", property.Name);
                default:
                    return Error(400, $"Unknown parameter: '{property.Name}'.", "unknown_parameter", property.Name);
            }
        }
        if (ConsentRules.CheckSettings(cameo.AgeBracket, cameo.Permission, cameo.Grants) is { } refusal) return Error(400, refusal, "minor_cameo_is_private", "permission");
        return Results.Ok(CharacterObject.From(await ledger.ChangeSettingsAsync(owned.Cameo, owned.Version, cameo, null, ct)));
    }

    private static async Task<IResult> GrantAsync(string id, HttpRequest request, CameoStore store, ConsentLedger ledger, CancellationToken ct)
    {
        if (await OwnedAsync(id, request, store, ct) is not { } owned) return NotFound();
        var body = await ReadJsonAsync(request, ct);
        if (body?.TryGetProperty("user_id", out var user) != true || user.ValueKind != JsonValueKind.String || user.GetString() is not { Length: > 0 and <= 100 } userId)
            return Error(400, "Send {\"user_id\": \"...\"}: the id of the person you allow to use this cameo.", "missing_required_parameter", "user_id");
        if (userId == owned.Cameo.OwnerId) return Error(400, "You can always use your own cameo.", "invalid_parameter", "user_id");
        if (owned.Cameo.Permission == Permissions.OnlyMe && !owned.Cameo.Minor)
            return Error(400, "This cameo is set to 'only_me': set its permission to 'approved' (or 'mutual_followers') to let people you grant use it.", "grants_need_approved_permission", "user_id");
        var cameo = owned.Cameo with { Grants = owned.Cameo.Grants.Append(userId).Distinct().ToList() };
        if (ConsentRules.CheckSettings(cameo.AgeBracket, cameo.Permission, cameo.Grants) is { } refusal) return Error(400, refusal, "minor_cameo_is_private", "user_id");
        return Results.Ok(CharacterObject.From(await ledger.ChangeSettingsAsync(owned.Cameo, owned.Version, cameo, null, ct)));
    }

    private static async Task<IResult> RevokeGrantAsync(string id, string userId, HttpRequest request, CameoStore store, ConsentLedger ledger, CancellationToken ct)
    {
        if (await OwnedAsync(id, request, store, ct) is not { } owned) return NotFound();
        if (!owned.Cameo.Grants.Contains(userId)) return Error(404, "That person has no grant on this cameo.", "not_found", "user_id");
        var cameo = owned.Cameo with { Grants = owned.Cameo.Grants.Where(g => g != userId).ToList() };
        return Results.Ok(CharacterObject.From(await ledger.ChangeSettingsAsync(owned.Cameo, owned.Version, cameo, userId, ct)));
    }

    private static async Task<IResult> DeleteAsync(string id, HttpRequest request, CameoStore store, ConsentLedger ledger, CancellationToken ct)
    {
        if (await OwnedAsync(id, request, store, ct) is not { } owned) return NotFound();
        await ledger.DeleteAsync(owned.Cameo, ct);
        return Results.Ok(new { id, @object = "character.deleted", deleted = true });
    }

    /// <summary>Every video that used the cameo, anyone's and in any state (drafts in progress included).</summary>
    private static async Task<IResult> UsesAsync(string id, HttpRequest request, CameoStore store, CancellationToken ct)
    {
        if (await OwnedAsync(id, request, store, ct) is not { } owned) return NotFound();
        var uses = await store.UsesAsync(owned.Cameo.Id, ct);
        return Results.Ok(new { @object = "list", data = uses.Select(UseObject.From).ToList() });
    }

    private static Task<IResult> RemoveVideoAsync(string id, string videoId, HttpRequest request, CameoStore store, ConsentLedger ledger, CancellationToken ct) =>
        TakeDownAsync(id, videoId, "removed by the cameo's owner", request, store, ledger, ct);

    private static async Task<IResult> ReportVideoAsync(string id, string videoId, HttpRequest request, CameoStore store, ConsentLedger ledger, CancellationToken ct)
    {
        var reason = (await ReadJsonAsync(request, ct)) is { } body && body.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "";
        return await TakeDownAsync(id, videoId, "reported by the cameo's owner" + (reason.Length > 0 ? ": " + reason[..Math.Min(200, reason.Length)] : ""), request, store, ledger, ct);
    }

    private static async Task<IResult> TakeDownAsync(string id, string videoId, string because, HttpRequest request, CameoStore store, ConsentLedger ledger, CancellationToken ct)
    {
        if (await OwnedAsync(id, request, store, ct) is not { } owned) return NotFound();
        if (!UseObject.TryParseVideoId(videoId, out var jobId) || await store.UseAsync(owned.Cameo.Id, jobId, ct) is not { } use)
            return Error(404, "No video with that id used this cameo.", "not_found", "video_id");
        await ledger.RemoveVideoAsync(owned.Cameo, use, because, ct);
        return Results.Ok(UseObject.From((await store.UseAsync(owned.Cameo.Id, jobId, ct))!));
    }

    private static async Task<JsonElement?> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>OpenAI's character object (id, name, created_at), with Kino's cameo fields beside it.</summary>
public sealed record CharacterObject(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("object")] string Object,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("created_at")] long CreatedAt,
    [property: JsonPropertyName("handle")] string Handle,
    [property: JsonPropertyName("age_bracket")] string AgeBracket,
    [property: JsonPropertyName("permission")] string Permission,
    [property: JsonPropertyName("grants")] IReadOnlyList<string> Grants,
    [property: JsonPropertyName("restrictions")] IReadOnlyList<string> Restrictions,
    [property: JsonPropertyName("voice")] VoiceObject? Voice,
    [property: JsonPropertyName("face")] FaceObject Face)
{
    public static CharacterObject From(CameoRecord c) =>
        new(c.Id, "character", c.Name, c.CreatedAt.ToUnixTimeSeconds(), c.Handle, c.AgeBracket, c.Permission, c.Grants, c.Restrictions,
            c.Voice is { } v ? new VoiceObject(Math.Round(v.MedianPitchHz, 1), Math.Round(v.SyllablesPerSecond, 2), Math.Round(v.SpectralCentroidHz), v.Variant, v.EspeakPitch, v.EspeakRate) : null,
            new FaceObject(c.Face.Width, c.Face.Height, c.Face.SourceFrames, c.Face.FramesWithFace));
}

/// <summary>The voice measured from the owner's sample (null when the upload had no speech: a default voice speaks).</summary>
public sealed record VoiceObject(
    [property: JsonPropertyName("median_pitch_hz")] double MedianPitchHz,
    [property: JsonPropertyName("syllables_per_second")] double SyllablesPerSecond,
    [property: JsonPropertyName("spectral_centroid_hz")] double SpectralCentroidHz,
    [property: JsonPropertyName("variant")] string Variant,
    [property: JsonPropertyName("pitch")] int Pitch,
    [property: JsonPropertyName("rate_wpm")] int RateWpm);

/// <summary>The face crop kept, and how many sampled frames of the upload showed a face.</summary>
public sealed record FaceObject(
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height,
    [property: JsonPropertyName("frames_searched")] int FramesSearched,
    [property: JsonPropertyName("frames_with_face")] int FramesWithFace);

public sealed record UseObject(
    [property: JsonPropertyName("video_id")] string VideoId,
    [property: JsonPropertyName("user_id")] string UserId,
    [property: JsonPropertyName("prompt")] string Prompt,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("created_at")] long CreatedAt,
    [property: JsonPropertyName("removed_at")] long? RemovedAt,
    [property: JsonPropertyName("removed_because")] string? RemovedBecause)
{
    public static UseObject From(CameoUse u) =>
        new("video_" + u.JobId.ToString("N"), u.RequesterId, u.Prompt, u.Status, u.CreatedAt.ToUnixTimeSeconds(), u.RemovedAt?.ToUnixTimeSeconds(), u.RemovedBecause);

    public static bool TryParseVideoId(string id, out Guid jobId)
    {
        jobId = default;
        return id.StartsWith("video_", StringComparison.Ordinal) && Guid.TryParseExact(id[6..], "N", out jobId);
    }
}
