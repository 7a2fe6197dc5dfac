using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Kino.Storage.Sqlite;

internal sealed class SqliteDocumentCollection<T> : IDocumentCollection<T> where T : class
{
    private readonly SqliteDocumentStore _store;
    private readonly string _name;
    private readonly string _table;

    public SqliteDocumentCollection(SqliteDocumentStore store, string name)
    {
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            throw new ArgumentException($"Invalid collection name '{name}'.", nameof(name));
        _store = store;
        _name = name;
        _table = "c_" + name;
        using var connection = store.Open();
        SqliteDocumentStore.Execute(connection, $"""
            CREATE TABLE IF NOT EXISTS {_table} (
              id TEXT PRIMARY KEY, version INTEGER NOT NULL, partition TEXT, sort_key INTEGER NOT NULL, tag TEXT, body TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_{_table}_partition ON {_table}(partition, sort_key, id);
            CREATE INDEX IF NOT EXISTS ix_{_table}_tag ON {_table}(tag, sort_key, id);
            """);
    }

    public async Task<Versioned<T>?> GetAsync(string id, CancellationToken ct = default)
    {
        await using var connection = _store.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT body, version FROM {_table} WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    public async Task InsertAsync(string id, T document, DocumentKeys keys, CancellationToken ct = default)
    {
        await using var connection = _store.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {_table} (id, version, partition, sort_key, tag, body) VALUES ($id, 1, $p, $s, $t, $b)";
        Bind(command, id, document, keys);
        try
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: the id exists
        {
            throw new DuplicateDocumentException(_name, id);
        }
    }

    public async Task<long> ReplaceAsync(string id, T document, DocumentKeys keys, long expectedVersion, CancellationToken ct = default)
    {
        await using var connection = _store.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            UPDATE {_table} SET version = version + 1, partition = $p, sort_key = $s, tag = $t, body = $b
            WHERE id = $id AND version = $v
            """;
        Bind(command, id, document, keys);
        command.Parameters.AddWithValue("$v", expectedVersion);
        if (await command.ExecuteNonQueryAsync(ct) != 1)
            throw new ConcurrencyConflictException(_name, id);
        return expectedVersion + 1;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken ct = default)
    {
        await using var connection = _store.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM {_table} WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task<IReadOnlyList<(string Id, long SortKey, Versioned<T> Document)>> QueryAsync(DocumentQuery query, CancellationToken ct = default)
    {
        await using var connection = _store.Open();
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        if (query.Partition is not null) { where.Add("partition = $p"); command.Parameters.AddWithValue("$p", query.Partition); }
        if (query.Tag is not null) { where.Add("tag = $t"); command.Parameters.AddWithValue("$t", query.Tag); }
        if (query.After is { } after)
        {
            where.Add(query.Descending ? "(sort_key, id) < ($as, $ai)" : "(sort_key, id) > ($as, $ai)");
            command.Parameters.AddWithValue("$as", after.SortKey);
            command.Parameters.AddWithValue("$ai", after.Id);
        }
        var order = query.Descending ? "DESC" : "ASC";
        command.CommandText = $"""
            SELECT body, version, id, sort_key FROM {_table}
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY sort_key {order}, id {order} LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", query.Limit);
        var results = new List<(string, long, Versioned<T>)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            results.Add((reader.GetString(2), reader.GetInt64(3), Read(reader)));
        return results;
    }

    private static Versioned<T> Read(SqliteDataReader reader) =>
        new(JsonSerializer.Deserialize<T>(reader.GetString(0), StorageJson.Options)!, reader.GetInt64(1));

    private static void Bind(SqliteCommand command, string id, T document, DocumentKeys keys)
    {
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$p", (object?)keys.Partition ?? DBNull.Value);
        command.Parameters.AddWithValue("$s", keys.SortKey);
        command.Parameters.AddWithValue("$t", (object?)keys.Tag ?? DBNull.Value);
        command.Parameters.AddWithValue("$b", JsonSerializer.Serialize(document, StorageJson.Options));
    }
}
