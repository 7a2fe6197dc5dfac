using System.Text.Json;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Kino.Storage.MongoDB;

/// <summary>
/// Documents are stored as their JSON (the same shape as the SQLite adapter) in a <c>body</c> string,
/// beside the indexed fields, so both adapters round-trip identically.
/// </summary>
internal sealed class MongoDocumentCollection<T> : IDocumentCollection<T> where T : class
{
    private readonly IMongoCollection<BsonDocument> _collection;
    private readonly string _name;

    public MongoDocumentCollection(IMongoCollection<BsonDocument> collection, string name)
    {
        _collection = collection;
        _name = name;
        _collection.Indexes.CreateMany([
            new CreateIndexModel<BsonDocument>(Builders<BsonDocument>.IndexKeys.Ascending("partition").Ascending("sortKey").Ascending("_id")),
            new CreateIndexModel<BsonDocument>(Builders<BsonDocument>.IndexKeys.Ascending("tag").Ascending("sortKey").Ascending("_id")),
        ]);
    }

    public async Task<Versioned<T>?> GetAsync(string id, CancellationToken ct = default)
    {
        var found = await _collection.Find(Builders<BsonDocument>.Filter.Eq("_id", id)).FirstOrDefaultAsync(ct);
        return found is null ? null : Read(found);
    }

    public async Task InsertAsync(string id, T document, DocumentKeys keys, CancellationToken ct = default)
    {
        try
        {
            await _collection.InsertOneAsync(ToBson(id, document, keys, 1), cancellationToken: ct);
        }
        catch (MongoWriteException e) when (e.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            throw new DuplicateDocumentException(_name, id);
        }
    }

    public async Task<long> ReplaceAsync(string id, T document, DocumentKeys keys, long expectedVersion, CancellationToken ct = default)
    {
        var filter = Builders<BsonDocument>.Filter.Eq("_id", id) & Builders<BsonDocument>.Filter.Eq("version", expectedVersion);
        var result = await _collection.ReplaceOneAsync(filter, ToBson(id, document, keys, expectedVersion + 1), cancellationToken: ct);
        if (result.MatchedCount != 1) throw new ConcurrencyConflictException(_name, id);
        return expectedVersion + 1;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken ct = default) =>
        (await _collection.DeleteOneAsync(Builders<BsonDocument>.Filter.Eq("_id", id), ct)).DeletedCount == 1;

    public async Task<IReadOnlyList<(string Id, long SortKey, Versioned<T> Document)>> QueryAsync(DocumentQuery query, CancellationToken ct = default)
    {
        var f = Builders<BsonDocument>.Filter;
        var filter = f.Empty;
        if (query.Partition is not null) filter &= f.Eq("partition", query.Partition);
        if (query.Tag is not null) filter &= f.Eq("tag", query.Tag);
        if (query.After is { } after)
        {
            filter &= query.Descending
                ? f.Lt("sortKey", after.SortKey) | (f.Eq("sortKey", after.SortKey) & f.Lt("_id", after.Id))
                : f.Gt("sortKey", after.SortKey) | (f.Eq("sortKey", after.SortKey) & f.Gt("_id", after.Id));
        }
        var s = Builders<BsonDocument>.Sort;
        var sort = query.Descending ? s.Descending("sortKey").Descending("_id") : s.Ascending("sortKey").Ascending("_id");
        var found = await _collection.Find(filter).Sort(sort).Limit(query.Limit).ToListAsync(ct);
        return found.Select(d => (d["_id"].AsString, d["sortKey"].ToInt64(), Read(d))).ToList();
    }

    private static Versioned<T> Read(BsonDocument d) =>
        new(JsonSerializer.Deserialize<T>(d["body"].AsString, StorageJson.Options)!, d["version"].ToInt64());

    private static BsonDocument ToBson(string id, T document, DocumentKeys keys, long version) => new()
    {
        ["_id"] = id,
        ["version"] = version,
        ["partition"] = keys.Partition is null ? BsonNull.Value : keys.Partition,
        ["sortKey"] = keys.SortKey,
        ["tag"] = keys.Tag is null ? BsonNull.Value : keys.Tag,
        ["body"] = JsonSerializer.Serialize(document, StorageJson.Options),
    };
}
