using Kino.Contracts;
using Kino.Storage;

namespace Kino.Media;

public static class BlobCopy
{
    /// <summary>Copies a blob to a new key (a pass-through stage still writes its own output, so every stage's output is addressable).</summary>
    public static async Task<BlobRef> CopyAsync(this IBlobStore blobs, BlobRef source, string targetKey, CancellationToken ct)
    {
        await using var input = await blobs.OpenReadAsync(source.Key, ct) ?? throw new FileNotFoundException($"Blob '{source.Key}' is missing.");
        var length = await blobs.PutAsync(targetKey, input, source.ContentType, ct);
        return source with { Key = targetKey, Length = length };
    }
}
