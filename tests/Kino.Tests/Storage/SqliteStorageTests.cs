using Kino.Storage;
using Kino.Storage.Files;
using Kino.Storage.Sqlite;

namespace Kino.Tests.Storage;

/// <summary>The embedded adapters: SQLite (WAL) documents and file blobs.</summary>
public sealed class SqliteStorageTests : StorageContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kino-storage-").FullName;

    protected override (IDocumentStore, IBlobStore) Open() =>
        (new SqliteDocumentStore(Path.Combine(_folder, "store.db")), new FileBlobStore(Path.Combine(_folder, "blobs")));

    [Fact]
    public async Task Documents_survive_reopening_the_file()
    {
        var path = Path.Combine(_folder, "reopen.db");
        await new SqliteDocumentStore(path).Collection<Note>("notes").InsertAsync("a", new Note("kept", 7), new DocumentKeys());
        Assert.Equal(new Note("kept", 7), (await new SqliteDocumentStore(path).Collection<Note>("notes").GetAsync("a"))!.Value);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
