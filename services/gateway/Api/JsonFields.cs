using System.Text.Json;

namespace Kino.Gateway.Api;

/// <summary>Small JSON bodies whose fields are all strings (admin calls, remix), with unknown fields rejected.</summary>
public static class JsonFields
{
    public static async Task<Dictionary<string, string>> ReadStringsAsync(HttpRequest request, string[] allowed, CancellationToken ct)
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            throw new ApiError(400, "Send the request as application/json.", "unsupported_content_type");
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw ApiError.BadRequest("The request body must be a JSON object.", null, "invalid_json");
            var fields = new Dictionary<string, string>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!allowed.Contains(property.Name))
                    throw ApiError.BadRequest($"Unknown parameter: '{property.Name}'.", property.Name, "unknown_parameter");
                if (property.Value.ValueKind != JsonValueKind.String)
                    throw ApiError.BadRequest($"'{property.Name}' must be a string.", property.Name, "invalid_type");
                fields[property.Name] = property.Value.GetString()!;
            }
            return fields;
        }
        catch (JsonException e)
        {
            throw ApiError.BadRequest($"The request body is not valid JSON: {e.Message}", null, "invalid_json");
        }
    }
}
