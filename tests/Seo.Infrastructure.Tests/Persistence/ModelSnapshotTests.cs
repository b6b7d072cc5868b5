using Microsoft.EntityFrameworkCore;
using Seo.Infrastructure.Persistence.Providers;

namespace Seo.Infrastructure.Tests.Persistence;

/// <summary>
/// Each provider's migrations must describe today's model. These need no server (the
/// connection strings are never opened), so they run for SQL Server on the build machine too.
/// </summary>
public sealed class ModelSnapshotTests
{
    public static TheoryData<StoreProvider> Providers => new(Enum.GetValues<StoreProvider>());

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Model_has_no_changes_that_lack_a_migration(StoreProvider provider)
    {
        // Fails after a change to the model without scripts/add-migration.sh.
        await using var db = WriteStore.CreateContext(provider, Placeholder(provider));

        db.Database.HasPendingModelChanges().ShouldBeFalse($"the model changed without a {provider} migration: run scripts/add-migration.sh <Name>");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_provider_has_the_same_migrations_by_name(StoreProvider provider)
    {
        await using var sqlite = WriteStore.CreateContext(StoreProvider.Sqlite, Placeholder(StoreProvider.Sqlite));
        await using var db = WriteStore.CreateContext(provider, Placeholder(provider));

        // One script adds a model change to all three, so the histories read alike after the timestamp.
        static IEnumerable<string> Names(DbContext context) => context.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);
        Names(db).ShouldBe(Names(sqlite));
    }

    internal static string Placeholder(StoreProvider provider) => provider switch
    {
        StoreProvider.Sqlite => "Data Source=:memory:",
        StoreProvider.SqlServer => "Server=placeholder;Database=seo",
        _ => "Host=placeholder;Database=seo",
    };
}
