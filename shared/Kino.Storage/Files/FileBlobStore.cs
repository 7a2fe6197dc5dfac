namespace Kino.Storage.Files;

/// <summary>Blobs as files under a root folder; writes go to a temp file and are renamed into place.</summary>
public sealed class FileBlobStore(string root) : IBlobStore
{
    private readonly string _root = Path.GetFullPath(root);

    private string PathOf(string key)
    {
        BlobKeys.Validate(key);
        // The alphabet already keeps keys inside the root; this holds even if that check were ever loosened.
        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"Invalid blob key '{key}'.", nameof(key));
        return path;
    }

    public async Task<long> PutAsync(string key, Stream content, string contentType, CancellationToken ct = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, ct);
                await file.FlushAsync(ct);
            }
            File.Move(temp, path, overwrite: true);
            return new FileInfo(path).Length;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default)
    {
        var path = PathOf(key);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string key, CancellationToken ct = default) => Task.FromResult(File.Exists(PathOf(key)));

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Deletes a job's folder. Several services may delete the same prefix at once (the gateway and the orchestrator
    /// both do on cancellation), or a late stage may still write into it: a vanished entry means another deleter got
    /// there first, and a folder that is not empty yet is tried again.
    /// </summary>
    public async Task DeletePrefixAsync(string prefix, CancellationToken ct = default)
    {
        var path = PathOf(BlobKeys.ValidatePrefix(prefix));
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                else if (File.Exists(path)) File.Delete(path);
                return;
            }
            catch (DirectoryNotFoundException) when (!Directory.Exists(path)) { return; }
            catch (IOException) when (attempt < 5)
            {
                await Task.Delay(20 * attempt, ct);
            }
        }
    }
}
