namespace Kino.Storage;

/// <summary>A stored document with the version used for optimistic concurrency.</summary>
public sealed record Versioned<T>(T Value, long Version);

/// <summary>
/// The indexed fields of a document, kept beside it so adapters can query without understanding it:
/// a partition (the owner), a sort key (usually creation time) and a tag (a state such as "active").
/// </summary>
public sealed record DocumentKeys(string? Partition = null, long SortKey = 0, string? Tag = null);

/// <summary>A page query: filter by partition and/or tag, ordered by (sort key, id), starting after a cursor.</summary>
public sealed record DocumentQuery(
    string? Partition = null,
    string? Tag = null,
    int Limit = 100,
    bool Descending = false,
    (long SortKey, string Id)? After = null);

/// <summary>Thrown when a write's expected version no longer matches the stored one.</summary>
public sealed class ConcurrencyConflictException(string collection, string id)
    : Exception($"Document '{id}' in '{collection}' was changed by someone else.");

/// <summary>Thrown when inserting an id that already exists.</summary>
public sealed class DuplicateDocumentException(string collection, string id)
    : Exception($"Document '{id}' already exists in '{collection}'.");

/// <summary>
/// The storage primitive that adapters implement. Services never use it directly;
/// they use narrow repositories built on it (see the services' own stores).
/// </summary>
public interface IDocumentCollection<T> where T : class
{
    Task<Versioned<T>?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>Inserts version 1; throws <see cref="DuplicateDocumentException"/> if the id exists.</summary>
    Task InsertAsync(string id, T document, DocumentKeys keys, CancellationToken ct = default);

    /// <summary>Replaces the document if its version still is <paramref name="expectedVersion"/>; returns the new version.</summary>
    Task<long> ReplaceAsync(string id, T document, DocumentKeys keys, long expectedVersion, CancellationToken ct = default);

    Task<bool> DeleteAsync(string id, CancellationToken ct = default);

    Task<IReadOnlyList<(string Id, long SortKey, Versioned<T> Document)>> QueryAsync(DocumentQuery query, CancellationToken ct = default);
}

/// <summary>Opens the collections of one service's store.</summary>
public interface IDocumentStore
{
    IDocumentCollection<T> Collection<T>(string name) where T : class;

    /// <summary>Cheap round trip used by the readiness probe.</summary>
    Task PingAsync(CancellationToken ct = default);
}
