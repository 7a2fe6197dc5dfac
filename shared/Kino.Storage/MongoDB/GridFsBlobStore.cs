using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.GridFS;

namespace Kino.Storage.MongoDB;

/// <summary>Blobs in GridFS. A put uploads a new revision first and then removes older ones, so readers never see a partial blob.</summary>
public sealed class GridFsBlobStore(IMongoDatabase database) : IBlobStore
{
    private readonly GridFSBucket _bucket = new(database, new GridFSBucketOptions { BucketName = "blobs" });

    public async Task<long> PutAsync(string key, Stream content, string contentType, CancellationToken ct = default)
    {
        BlobKeys.Validate(key);
        var older = await FindAsync(key, ct);
        var id = await _bucket.UploadFromStreamAsync(key, content,
            new GridFSUploadOptions { Metadata = new BsonDocument("contentType", contentType) }, ct);
        foreach (var file in older) await _bucket.DeleteAsync(file.Id, ct);
        var stored = await (await _bucket.FindAsync(Builders<GridFSFileInfo>.Filter.Eq("_id", id), cancellationToken: ct)).FirstAsync(ct);
        return stored.Length;
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default)
    {
        BlobKeys.Validate(key);
        var newest = (await FindAsync(key, ct)).OrderByDescending(f => f.UploadDateTime).FirstOrDefault();
        return newest is null ? null : await _bucket.OpenDownloadStreamAsync(newest.Id, new GridFSDownloadOptions { Seekable = true }, ct);
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken ct = default) => (await FindAsync(key, ct)).Count > 0;

    public async Task DeleteAsync(string key, CancellationToken ct = default)
    {
        foreach (var file in await FindAsync(key, ct)) await _bucket.DeleteAsync(file.Id, ct);
    }

    public async Task DeletePrefixAsync(string prefix, CancellationToken ct = default)
    {
        BlobKeys.ValidatePrefix(prefix);   // an empty prefix would match every blob
        var filter = Builders<GridFSFileInfo>.Filter.Regex(f => f.Filename, new BsonRegularExpression("^" + System.Text.RegularExpressions.Regex.Escape(prefix)));
        using var cursor = await _bucket.FindAsync(filter, cancellationToken: ct);
        foreach (var file in await cursor.ToListAsync(ct)) await _bucket.DeleteAsync(file.Id, ct);
    }

    private async Task<List<GridFSFileInfo>> FindAsync(string key, CancellationToken ct)
    {
        using var cursor = await _bucket.FindAsync(Builders<GridFSFileInfo>.Filter.Eq(f => f.Filename, key), cancellationToken: ct);
        return await cursor.ToListAsync(ct);
    }
}
