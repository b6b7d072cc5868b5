using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Seo.Domain.Checkpoints;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Persistence;

public abstract class MigrationTests<TStore>(TStore database) : IClassFixture<TStore>
    where TStore : TestStore
{
    [Fact]
    public async Task Migrations_apply_cleanly_to_a_new_database()
    {
        await using var db = database.NewContext();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_store_has_the_provider_s_own_migrations_and_nothing_else()
    {
        await using var db = database.NewContext();

        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        var migrations = db.GetService<IMigrationsAssembly>().Migrations.Values.ToList();
        migrations.ShouldNotBeEmpty();
        migrations.ShouldAllBe(m => m.Namespace!.EndsWith("." + database.Provider.ToString(), StringComparison.Ordinal));
        applied.Count.ShouldBe(migrations.Count);
    }

    [Fact]
    public async Task R5_the_41_checkpoints_are_seeded_with_their_time_zones()
    {
        await using var db = database.NewContext();

        var checkpoints = await db.Checkpoints.AsNoTracking().ToListAsync();

        checkpoints.Count.ShouldBe(41);
        checkpoints.Select(c => c.Id.Value).Distinct().Count().ShouldBe(41);
        checkpoints.GroupBy(c => c.NeighbourCountry).ToDictionary(g => g.Key, g => g.Count())
            .ShouldBe(new Dictionary<string, int> { ["CN"] = 5, ["UZ"] = 5, ["TM"] = 1, ["RU"] = 30 }, ignoreOrder: true);
        checkpoints.ShouldAllBe(c => c.TimeZoneId.StartsWith("Asia/", StringComparison.Ordinal));
        foreach (var checkpoint in checkpoints)
        {
            // Every zone resolves, and all of Kazakhstan is UTC+5 since 1 March 2024.
            checkpoint.TimeZone.GetUtcOffset(TestData.Now).ShouldBe(TimeSpan.FromHours(5), checkpoint.Id.Value);
            checkpoint.Capacity.ShouldBe(CapacitySchedule.Default);
        }

        var dostyk = checkpoints.Single(c => c.Id.Value == "DOSTYK");
        dostyk.TimeZoneId.ShouldBe("Asia/Almaty");
        dostyk.NameLatin.ShouldBe("Dostyk");
        checkpoints.Where(c => c.RegionEn == "West Kazakhstan Region").Select(c => c.TimeZoneId).Distinct().ShouldBe(["Asia/Oral"]);
        checkpoints.Where(c => c.RegionEn == "Kostanay Region").Select(c => c.TimeZoneId).Distinct().ShouldBe(["Asia/Qostanay"]);
        checkpoints.Where(c => c.RegionEn == "Mangystau Region").Select(c => c.TimeZoneId).Distinct().ShouldBe(["Asia/Aqtau"]);
    }

    [Fact]
    public async Task Initialising_again_adds_no_second_copy_of_the_checkpoints_or_of_the_configured_tariff()
    {
        var seed = new Seo.Infrastructure.Persistence.Seed.TariffSeed(new Domain.Payments.Tariff(
            [new Domain.Payments.TariffRate(Domain.Payments.FeeKind.Booking, 2m, new DateOnly(2023, 7, 1))],
            [new Domain.Payments.MrpValue(4_325m, new DateOnly(2026, 1, 1))]));
        for (var start = 0; start < 2; start++)
        {
            await using var db = database.NewContext();
            await new DatabaseInitializer(
                db, CapacitySchedule.Default, Microsoft.Extensions.Options.Options.Create(new Seo.Infrastructure.Privacy.RetentionOptions()),
                NullLogger<DatabaseInitializer>.Instance, TimeProvider.System, tariffSeed: seed).MigrateAsync(CancellationToken.None);
        }

        await using var check = database.NewContext();
        (await check.Checkpoints.CountAsync()).ShouldBe(41);
        var tariff = await check.TariffRevisions.OrderBy(r => r.Number).ToListAsync();
        tariff.Select(r => (r.Number, r.Item, r.Value)).ShouldBe([(1, Domain.Payments.TariffItem.Mrp, 4_325m), (2, Domain.Payments.TariffItem.BookingFee, 2m)]);
        tariff.ShouldAllBe(r => r.EnteredBy == null);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteMigrationTests(SqliteStore store) : MigrationTests<SqliteStore>(store);

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlMigrationTests(PostgreSqlStore store) : MigrationTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerMigrationTests(SqlServerStore store) : MigrationTests<SqlServerStore>(store);
