using System.Text.Json;

namespace Kino.Storage;

/// <summary>The one JSON shape documents are stored in, by every adapter.</summary>
public static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
