namespace Kino.Storage;

/// <summary>Media storage: the claim-check side of every message that carries a <c>BlobRef</c>.</summary>
public interface IBlobStore
{
    /// <summary>Stores the content under the key atomically: readers see the whole blob or none.</summary>
    Task<long> PutAsync(string key, Stream content, string contentType, CancellationToken ct = default);

    /// <summary>Opens the blob for reading, or returns null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default);

    Task<bool> ExistsAsync(string key, CancellationToken ct = default);

    Task DeleteAsync(string key, CancellationToken ct = default);

    /// <summary>Deletes every blob whose key starts with the prefix (a job's folder).</summary>
    Task DeletePrefixAsync(string prefix, CancellationToken ct = default);
}

public static class BlobKeys
{
    /// <summary>
    /// Keys are path-like; only a safe alphabet is allowed, and no segment may be empty, "." or "..", so no adapter can
    /// be tricked into escaping its root or into naming the root itself (a prefix "." would delete every blob).
    /// </summary>
    public static void Validate(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 512
            || key.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.'))
            || key.Split('/').Any(segment => segment is "" or "." or ".."))
            throw new ArgumentException($"Invalid blob key '{key}'.", nameof(key));
    }

    /// <summary>Validates a prefix given to <see cref="IBlobStore.DeletePrefixAsync"/> (a folder: one trailing '/' allowed).</summary>
    public static string ValidatePrefix(string prefix)
    {
        var folder = prefix.EndsWith('/') ? prefix[..^1] : prefix;
        Validate(folder);
        return folder;
    }

    public static string ForJob(Guid jobId, string name) => $"jobs/{jobId:N}/{name}";
}
