using Kino.Storage;
using Kino.Storage.MongoDB;
using MongoDB.Driver;

namespace Kino.Tests.Storage;

/// <summary>
/// The production adapters: MongoDB documents and GridFS blobs. They run only where KINO_TEST_MONGODB_URI
/// points at a server; elsewhere every test reports itself skipped (no MongoDB is faked).
/// </summary>
public sealed class MongoStorageTests : StorageContract
{
    private static readonly string? Uri = Environment.GetEnvironmentVariable("KINO_TEST_MONGODB_URI");

    protected override (IDocumentStore, IBlobStore) Open()
    {
        if (string.IsNullOrWhiteSpace(Uri))
            Assert.Skip("SKIPPED: MongoDB adapter tests need KINO_TEST_MONGODB_URI (no MongoDB server in this environment).");
        var database = new MongoClient(Uri).GetDatabase("kino-contract-" + Guid.NewGuid().ToString("N")[..8]);
        return (new MongoDocumentStore(database), new GridFsBlobStore(database));
    }
}
