using Seo.Infrastructure.Persistence.Providers;

namespace Seo.Infrastructure;

/// <summary>Which write store to use (section <c>Persistence</c>); the connection string is <c>ConnectionStrings:Seo</c>.</summary>
public sealed class PersistenceOptions
{
    public const string Section = "Persistence";

    /// <summary><c>Sqlite</c> (the embedded default), <c>SqlServer</c> or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = nameof(StoreProvider.Sqlite);

    /// <summary>Where the embedded default keeps its database file when no connection string is given.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Whether the API applies pending migrations when it starts. Unset: yes on the embedded
    /// default, no on a server store, where a deployment runs <c>-- migrate</c> once and every
    /// instance only checks that the schema is current.
    /// </summary>
    public bool? MigrateAtStart { get; set; }

    public bool ShouldMigrateAtStart => MigrateAtStart ?? ParsedProvider == StoreProvider.Sqlite;

    /// <summary>The configured store, by its exact name (any case).</summary>
    /// <exception cref="InvalidOperationException">The name is not one of the stores.</exception>
    public StoreProvider ParsedProvider
    {
        get
        {
            foreach (var provider in Enum.GetValues<StoreProvider>())
            {
                if (string.Equals(provider.ToString(), Provider?.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return provider;
                }
            }

            throw new InvalidOperationException(
                $"Persistence:Provider '{Provider}' is not a store Seo runs on; use one of {string.Join(", ", Enum.GetNames<StoreProvider>())}.");
        }
    }

    /// <summary>The connection string for the configured provider; server stores must be given one.</summary>
    public string ConnectionString(string? configured) => ParsedProvider switch
    {
        StoreProvider.Sqlite => WriteStore.SqliteConnectionString(configured, DataDirectory),
        StoreProvider.PostgreSql when !string.IsNullOrWhiteSpace(configured) => WriteStore.PostgreSqlConnectionString(configured),
        _ when !string.IsNullOrWhiteSpace(configured) => configured,
        var provider => throw new InvalidOperationException(
            $"Persistence:Provider is {provider}: set ConnectionStrings:Seo (environment variable ConnectionStrings__Seo)."),
    };
}
