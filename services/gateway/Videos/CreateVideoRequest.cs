using System.Text.Json;
using Kino.Contracts;
using Kino.Gateway.Api;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Kino.Gateway.Videos;

/// <summary>An uploaded or inlined reference image: a PNG, JPEG or WebP whose header gave its size in pixels.</summary>
public sealed record ReferenceImage(byte[] Bytes, string ContentType, int Width, int Height)
{
    public long Pixels => (long)Width * Height;
}

/// <summary>
/// POST /v1/videos as OpenAI's SDKs send it: multipart/form-data or JSON, validated field by field.
/// Kino adds two optional fields: <c>seed</c> (the same seed and prompt give the same video) and <c>storyboard</c>
/// (a JSON array of shots, each <c>{"prompt": ..., "seconds": ...}</c>, cut together in order). <c>characters</c> is
/// OpenAI's list of character references (<c>[{"id": "char_..."}]</c>): cameos, used only with their owner's consent.
/// </summary>
public sealed record CreateVideoRequest(string Prompt, string Model, int Seconds, string Size, ReferenceImage? InputReference,
    ulong? Seed = null, IReadOnlyList<StoryboardShot>? Storyboard = null, IReadOnlyList<string>? Characters = null)
{
    public static readonly string[] Sizes = ["720x1280", "1280x720", "1024x1792", "1792x1024"];
    public static readonly int[] AllowedSeconds = [4, 8, 12];
    public const int MaxShots = 12;
    public const int MaxCharacters = 4;
    private static readonly string[] Fields = ["prompt", "model", "seconds", "size", "input_reference", "seed", "storyboard", "characters"];

    public static async Task<CreateVideoRequest> ReadAsync(HttpRequest request, GatewayOptions options, CancellationToken ct)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        ReferenceImage? image = null;
        var contentType = request.ContentType ?? "";
        if (contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            image = await ReadMultipartAsync(request, fields, ct);
        else if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                image = await ReadJsonAsync(request, fields, ct);
            }
            catch (InvalidOperationException e) when (e.TargetSite?.DeclaringType?.Assembly == typeof(JsonDocument).Assembly)
            {
                // JsonDocument checks the structure, not the strings: invalid UTF-8 or an unpaired surrogate escape (\ud800) fails only when read.
                throw ApiError.BadRequest($"The request body is not valid JSON: {e.Message}", null, "invalid_json");
            }
        }
        else
            throw new ApiError(400, "Send the request as application/json or multipart/form-data.", "unsupported_content_type");
        return Validate(fields, image, options);
    }

    /// <summary>Validates the fields common to both encodings.</summary>
    public static CreateVideoRequest Validate(Dictionary<string, string> fields, ReferenceImage? image, GatewayOptions options)
    {
        var prompt = fields.GetValueOrDefault("prompt")?.Trim();
        if (string.IsNullOrEmpty(prompt))
            throw ApiError.BadRequest("'prompt' is required and must not be empty.", "prompt", "missing_required_parameter");
        if (prompt.Length > options.MaxPromptLength)
            throw ApiError.BadRequest($"'prompt' is too long: {prompt.Length} characters, at most {options.MaxPromptLength}.", "prompt", "string_above_max_length");

        var model = fields.GetValueOrDefault("model") ?? options.Models[0];
        if (!options.Models.Contains(model))
            throw ApiError.BadRequest($"Unknown model '{model}'. Supported: {string.Join(", ", options.Models)}.", "model");

        var storyboard = fields.TryGetValue("storyboard", out var storyboardText) ? ParseStoryboard(storyboardText, options) : null;
        var secondsText = fields.GetValueOrDefault("seconds")
            ?? (storyboard is null ? "4" : storyboard.Sum(s => s.Seconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!int.TryParse(secondsText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || !AllowedSeconds.Contains(seconds))
            throw ApiError.BadRequest($"Unsupported value for 'seconds': '{secondsText}'. Supported values are: '4', '8', '12'.", "seconds");

        var size = fields.GetValueOrDefault("size") ?? "720x1280";
        if (!Sizes.Contains(size))
            throw ApiError.BadRequest($"Unsupported value for 'size': '{size}'. Supported values are: {string.Join(", ", Sizes.Select(s => $"'{s}'"))}.", "size");

        if (storyboard is not null && Math.Abs(storyboard.Sum(s => s.Seconds) - seconds) > 1e-6)
            throw ApiError.BadRequest($"The storyboard's shots last {storyboard.Sum(s => s.Seconds)} s in total but 'seconds' is {seconds}; they must match.", "storyboard");

        ulong? seed = null;
        if (fields.TryGetValue("seed", out var seedText))
        {
            if (!ulong.TryParse(seedText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                throw ApiError.BadRequest($"'seed' must be a non-negative integer; got '{seedText}'.", "seed");
            seed = parsed;
        }
        var characters = fields.TryGetValue("characters", out var charactersText) ? ParseCharacters(charactersText) : null;
        if (image is not null) ReferenceImageInspector.CheckPixelLimit(image, options.MaxReferencePixels);
        return new CreateVideoRequest(prompt, model, seconds, size, image, seed, storyboard, characters);
    }

    private static List<string> ParseCharacters(string json)
    {
        const string shape = "'characters' must be a JSON array of {\"id\": \"char_...\"} objects";
        List<CharacterReference>? references;
        try
        {
            references = JsonSerializer.Deserialize<List<CharacterReference>>(json, StoryboardJson);
        }
        catch (JsonException e)
        {
            throw ApiError.BadRequest($"{shape}: {e.Message}", "characters");
        }
        if (references is null || references.Count > MaxCharacters || references.Any(r => r?.Id is not { Length: > 0 and <= 100 }))
            throw ApiError.BadRequest($"{shape}, at most {MaxCharacters}.", "characters");
        return references.Select(r => r.Id).Distinct().ToList();
    }

    private sealed record CharacterReference(string Id);

    private static readonly JsonSerializerOptions StoryboardJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static List<StoryboardShot> ParseStoryboard(string json, GatewayOptions options)
    {
        List<StoryboardShot>? shots;
        try
        {
            shots = JsonSerializer.Deserialize<List<StoryboardShot>>(json, StoryboardJson);
        }
        catch (JsonException e)
        {
            throw ApiError.BadRequest($"'storyboard' must be a JSON array of {{\"prompt\": string, \"seconds\": number}} objects: {e.Message}", "storyboard");
        }
        if (shots is null || shots.Count is 0 or > MaxShots)
            throw ApiError.BadRequest($"'storyboard' must hold 1 to {MaxShots} shots.", "storyboard");
        for (int i = 0; i < shots.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(shots[i].Prompt) || shots[i].Prompt.Length > options.MaxPromptLength)
                throw ApiError.BadRequest($"Shot {i + 1} of 'storyboard' needs a prompt of 1 to {options.MaxPromptLength} characters.", "storyboard");
            // The base model draws two frames a second: shorter shots could not be seen.
            if (shots[i].Seconds < 1 || shots[i].Seconds * 2 != Math.Floor(shots[i].Seconds * 2))
                throw ApiError.BadRequest($"Shot {i + 1} of 'storyboard' must last at least 1 s, in steps of 0.5 s; got {shots[i].Seconds}.", "storyboard");
        }
        return shots;
    }

    private static async Task<ReferenceImage?> ReadMultipartAsync(HttpRequest request, Dictionary<string, string> fields, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
            throw ApiError.BadRequest("The multipart/form-data request has no valid boundary.", null, "invalid_multipart");

        ReferenceImage? image = null;
        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                    throw ApiError.BadRequest("Every multipart part needs a 'Content-Disposition: form-data; name=...' header.", null, "invalid_multipart");
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (name == "input_reference" && disposition.IsFileDisposition())
                {
                    using var buffer = new MemoryStream();
                    await section.Body.CopyToAsync(buffer, ct);
                    image = Image(buffer.ToArray(), "input_reference");
                    continue;
                }
                using var textReader = new StreamReader(section.Body);
                var value = await textReader.ReadToEndAsync(ct);
                if (name == "input_reference[image_url]")
                    image = await FromImageUrlAsync(value, "input_reference[image_url]", request, ct);
                else
                    AddField(fields, name, value);
            }
        }
        catch (IOException e) when (e is not BadHttpRequestException && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            throw ApiError.BadRequest($"Malformed multipart body: {e.Message}", null, "invalid_multipart");
        }
        catch (InvalidDataException e)
        {
            throw ApiError.BadRequest($"Malformed multipart body: {e.Message}", null, "invalid_multipart");
        }
        return image;
    }

    private static async Task<ReferenceImage?> ReadJsonAsync(HttpRequest request, Dictionary<string, string> fields, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            throw ApiError.BadRequest($"The request body is not valid JSON: {e.Message}", null, "invalid_json");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw ApiError.BadRequest("The request body must be a JSON object.", null, "invalid_json");
            ReferenceImage? image = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name == "input_reference")
                {
                    if (property.Value.ValueKind == JsonValueKind.Null) continue;
                    if (property.Value.ValueKind != JsonValueKind.Object || !property.Value.TryGetProperty("image_url", out var url) || url.ValueKind != JsonValueKind.String)
                        throw ApiError.BadRequest("'input_reference' must be an object with an 'image_url' string (or a file part in multipart).", "input_reference");
                    image = await FromImageUrlAsync(url.GetString()!, "input_reference.image_url", request, ct);
                    continue;
                }
                var value = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString()!,
                    JsonValueKind.Number when property.Name is "seconds" or "seed" => property.Value.GetRawText(),
                    JsonValueKind.Array when property.Name is "storyboard" or "characters" => property.Value.GetRawText(),
                    JsonValueKind.Null => null,
                    _ => throw ApiError.BadRequest($"'{property.Name}' must be a string.", property.Name, "invalid_type"),
                };
                if (value is not null) AddField(fields, property.Name, value);
            }
            return image;
        }
    }

    private static void AddField(Dictionary<string, string> fields, string name, string value)
    {
        if (!Fields.Contains(name))
            throw ApiError.BadRequest($"Unknown parameter: '{name}'.", name, "unknown_parameter");
        if (!fields.TryAdd(name, value))
            throw ApiError.BadRequest($"Parameter '{name}' was given more than once.", name, "duplicate_parameter");
    }

    /// <summary>A base64 data: URL, or an http(s) URL fetched by <see cref="ReferenceImageFetcher"/>, which refuses internal addresses.</summary>
    private static async Task<ReferenceImage> FromImageUrlAsync(string url, string param, HttpRequest request, CancellationToken ct) =>
        url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            ? FromDataUrl(url, param)
            : Image(await request.HttpContext.RequestServices.GetRequiredService<ReferenceImageFetcher>().FetchAsync(url, param, ct), param);

    private static ReferenceImage FromDataUrl(string url, string param)
    {
        const string prefix = "data:";
        var comma = url.IndexOf(',');
        if (!url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || comma < 0 || !url[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            throw ApiError.BadRequest("A data: URL image_url must be base64 (data:image/png;base64,...).", param, "unsupported_image_url");
        try
        {
            return Image(Convert.FromBase64String(url[(comma + 1)..]), param);
        }
        catch (FormatException)
        {
            throw ApiError.BadRequest("The data: URL is not valid base64.", param, "invalid_image");
        }
    }

    private static ReferenceImage Image(byte[] bytes, string param) => ReferenceImageInspector.Inspect(bytes, param);
}
