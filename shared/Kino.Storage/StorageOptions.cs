using System.ComponentModel.DataAnnotations;

namespace Kino.Storage;

public enum StorageProvider { Sqlite, MongoDB }

/// <summary>Where a service keeps its data. Embedded defaults: SQLite and files under the data directory.</summary>
public sealed class StorageOptions
{
    public const string Section = "Kino:Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Root of the embedded stores; every service gets its own SQLite file under it, blobs are shared.</summary>
    [Required] public string DataDirectory { get; set; } = "data";

    /// <summary>MongoDB connection string (production); each service uses its own database.</summary>
    public string? MongoConnectionString { get; set; }

    public string MongoDatabasePrefix { get; set; } = "kino";
}
