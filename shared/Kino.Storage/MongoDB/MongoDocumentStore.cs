using MongoDB.Bson;
using MongoDB.Driver;

namespace Kino.Storage.MongoDB;

/// <summary>One service's production store: a MongoDB database, one collection per document collection.</summary>
public sealed class MongoDocumentStore(IMongoDatabase database) : IDocumentStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, Type), object> _collections = new();

    public IDocumentCollection<T> Collection<T>(string name) where T : class =>
        (IDocumentCollection<T>)_collections.GetOrAdd((name, typeof(T)), key => new MongoDocumentCollection<T>(database.GetCollection<BsonDocument>(key.Item1), key.Item1));

    public Task PingAsync(CancellationToken ct = default) =>
        database.RunCommandAsync((Command<BsonDocument>)"{ping:1}", cancellationToken: ct);
}
