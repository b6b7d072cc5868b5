using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Seo.Domain.Checkpoints;
using Seo.Infrastructure.Persistence;

namespace Seo.Infrastructure.Tests.Persistence;

public sealed class MigrationTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
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
    public async Task Model_has_no_changes_that_lack_a_migration()
    {
        // Fails after a change to the model without scripts/add-migration.sh.
        await using var db = database.NewContext();

        db.Database.HasPendingModelChanges().ShouldBeFalse("the model changed without a migration: run scripts/add-migration.sh <Name>");
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
    public async Task Initialising_again_adds_no_second_copy_of_the_checkpoints()
    {
        await using (var db = database.NewContext())
        {
            await new DatabaseInitializer(db, CapacitySchedule.Default, NullLogger<DatabaseInitializer>.Instance).MigrateAsync(CancellationToken.None);
        }

        await using var check = database.NewContext();
        (await check.Checkpoints.CountAsync()).ShouldBe(41);
    }
}
