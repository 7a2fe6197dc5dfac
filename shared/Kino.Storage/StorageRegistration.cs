using Kino.Storage.Files;
using Kino.Storage.MongoDB;
using Kino.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace Kino.Storage;

/// <summary>Chooses the adapter pair (document store + blob store) from configuration.</summary>
public static class StorageRegistration
{
    /// <summary>Registers a keyed <see cref="IDocumentStore"/> for the service (its own database) and the shared blob store.</summary>
    public static IServiceCollection AddKinoStorage(this IServiceCollection services, string serviceName)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Provider != StorageProvider.MongoDB || !string.IsNullOrWhiteSpace(o.MongoConnectionString),
                "Kino:Storage:MongoConnectionString is required when the provider is MongoDB.")
            .ValidateOnStart();
        services.AddSingleton<IMongoClient>(sp => new MongoClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.MongoConnectionString));
        services.AddKeyedSingleton<IDocumentStore>(serviceName, (sp, _) => CreateDocumentStore(sp, serviceName));
        services.AddSingleton<IBlobStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.Provider == StorageProvider.MongoDB
                ? new GridFsBlobStore(sp.GetRequiredService<IMongoClient>().GetDatabase(options.MongoDatabasePrefix + "-blobs"))
                : new FileBlobStore(Path.Combine(options.DataDirectory, "blobs"));
        });
        return services;
    }

    private static IDocumentStore CreateDocumentStore(IServiceProvider sp, string serviceName)
    {
        var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
        return options.Provider == StorageProvider.MongoDB
            ? new MongoDocumentStore(sp.GetRequiredService<IMongoClient>().GetDatabase($"{options.MongoDatabasePrefix}-{serviceName}"))
            : new SqliteDocumentStore(Path.Combine(options.DataDirectory, serviceName, "store.db"));
    }
}
