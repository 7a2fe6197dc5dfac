using Kino.Contracts;
using Kino.Storage;

namespace Kino.Media;

/// <summary>A scratch folder for one stage run: blobs come in as files, results go back as blobs, the folder is removed after.</summary>
public sealed class MediaWorkspace(IBlobStore blobs) : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("kino-").FullName;

    public string PathOf(string fileName) => Path.Combine(Folder, fileName);

    public async Task<string> DownloadAsync(BlobRef blob, string fileName, CancellationToken ct)
    {
        var path = PathOf(fileName);
        await using var source = await blobs.OpenReadAsync(blob.Key, ct)
            ?? throw new FileNotFoundException($"Blob '{blob.Key}' is missing.");
        await using var target = File.Create(path);
        await source.CopyToAsync(target, ct);
        return path;
    }

    public async Task<BlobRef> UploadAsync(string fileName, string key, string contentType, CancellationToken ct)
    {
        await using var source = File.OpenRead(PathOf(fileName));
        var length = await blobs.PutAsync(key, source, contentType, ct);
        return new BlobRef(key, contentType, length);
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
