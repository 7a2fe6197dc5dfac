using Microsoft.Data.Sqlite;

namespace Kino.Storage.Sqlite;

/// <summary>One service's embedded store: one SQLite file in WAL mode, one table per collection.</summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    private readonly string _connectionString;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, Type), object> _collections = new();

    public SqliteDocumentStore(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        // WAL survives crashes and lets readers run beside the single writer.
        Execute(connection, "PRAGMA journal_mode=WAL;");
    }

    internal SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // NORMAL is durable in WAL mode against process crashes (kill -9); only an OS crash can lose the last commits.
        // secure_delete: deleted documents (a cameo, an account) are overwritten with zeros, not left in free pages.
        Execute(connection, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA secure_delete=ON;");
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public IDocumentCollection<T> Collection<T>(string name) where T : class =>
        (IDocumentCollection<T>)_collections.GetOrAdd((name, typeof(T)), key => new SqliteDocumentCollection<T>(this, key.Item1));

    public async Task PingAsync(CancellationToken ct = default)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(ct);
    }
}
