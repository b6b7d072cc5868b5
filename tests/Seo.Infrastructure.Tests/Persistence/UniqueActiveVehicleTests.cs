using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Persistence;

/// <summary>R21 backed by the store: two requests that both passed the check cannot both commit.</summary>
public abstract class UniqueActiveVehicleTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    private async Task SaveAsync(Booking booking)
    {
        await using var db = Database.NewContext();
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task R21_a_second_active_booking_for_the_same_vin_under_another_plate_is_refused_by_the_store()
    {
        await SaveAsync(TestData.Booking(plate: "123ABC02", vin: TestData.Vin));

        var conflict = await Should.ThrowAsync<PersistenceConflictException>(() => SaveAsync(TestData.Booking(plate: "777XYZ01", vin: TestData.Vin)));

        conflict.Error.Code.ShouldBe("vehicle-has-active-booking");
        conflict.Error.Rule.ShouldBe("R21");
        await using var db = Database.NewContext();
        (await db.Bookings.CountAsync()).ShouldBe(1);
        (await db.OutboxMessages.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [InlineData("same VIN, other plates")]
    [InlineData("same plate, other VINs")]
    public async Task R21_racing_transactions_for_one_vehicle_commit_exactly_one_booking(string race)
    {
        // Each racer passed the handler's check (nobody had committed yet); only the index decides.
        const int racers = 40;
        var outcomes = await RacingInserts.RunAsync(Database, racers, (db, i) => db.Bookings.Add(race.StartsWith("same VIN", StringComparison.Ordinal)
            ? TestData.Booking(plate: $"{100 + i}ABC02", vin: TestData.Vin)
            : TestData.Booking(plate: "123ABC02", vin: $"XTA2107{i:D10}")));

        outcomes.Count(o => o == RacingInserts.Committed).ShouldBe(1, string.Join(", ", outcomes.Distinct()));
        outcomes.Where(o => o != RacingInserts.Committed).ShouldAllBe(o => o == "vehicle-has-active-booking");
        await using var check = Database.NewContext();
        (await check.Bookings.CountAsync()).ShouldBe(1);
        (await check.OutboxMessages.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task R21_a_second_active_booking_for_the_same_plate_under_another_vin_is_refused_by_the_store()
    {
        await SaveAsync(TestData.Booking(plate: "123ABC02", vin: TestData.Vin));

        var conflict = await Should.ThrowAsync<PersistenceConflictException>(() => SaveAsync(TestData.Booking(plate: "123 АВС 02", vin: TestData.OtherVin)));

        conflict.Error.Code.ShouldBe("vehicle-has-active-booking");
    }

    [Fact]
    public async Task R21_after_the_first_booking_is_cancelled_the_vehicle_can_be_booked_again()
    {
        var first = TestData.Booking(plate: "123ABC02", vin: TestData.Vin);
        await SaveAsync(first);
        await Should.ThrowAsync<PersistenceConflictException>(() => SaveAsync(TestData.Booking(plate: "777XYZ01", vin: TestData.Vin)));

        await using (var db = Database.NewContext())
        {
            var loaded = await db.Bookings.SingleAsync(b => b.Id == first.Id);
            loaded.Cancel(TestData.Now.AddMinutes(1)).IsSuccess.ShouldBeTrue();
            await db.SaveChangesAsync();
        }

        var second = TestData.Booking(plate: "777XYZ01", vin: TestData.Vin, issuedAt: TestData.Now.AddMinutes(2));
        await SaveAsync(second);

        await using var check = Database.NewContext();
        (await check.Bookings.CountAsync()).ShouldBe(2);
        (await Database.ScalarAsync("""SELECT "ActiveVin" FROM "Bookings" WHERE "ActiveVin" IS NOT NULL""")).ShouldBe(TestData.Vin);
        (await Database.CountAsync("""SELECT COUNT(*) FROM "Bookings" WHERE "ActiveVin" IS NULL AND "ActivePlate" IS NULL""")).ShouldBe(1);
    }

    [Fact]
    public async Task R21_an_expired_hold_frees_the_vehicle_too()
    {
        var first = TestData.Booking(plate: "123ABC02", vin: TestData.Vin);
        first.Expire(TestData.Now.AddHours(1)).IsSuccess.ShouldBeTrue();
        await SaveAsync(first);

        await SaveAsync(TestData.Booking(plate: "123ABC02", vin: TestData.Vin));

        await using var check = Database.NewContext();
        (await check.Bookings.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task Email_is_unique_too()
    {
        await using (var db = Database.NewContext())
        {
            db.Accounts.Add(TestData.User("carrier@example.kz"));
            await db.SaveChangesAsync();
        }

        await using var second = Database.NewContext();
        second.Accounts.Add(TestData.User("Carrier@Example.kz"));

        var conflict = await Should.ThrowAsync<PersistenceConflictException>(() => second.SaveChangesAsync());
        conflict.Error.Code.ShouldBe("email-taken");
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteUniqueActiveVehicleTests(SqliteStore store) : UniqueActiveVehicleTests<SqliteStore>(store);

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlUniqueActiveVehicleTests(PostgreSqlStore store) : UniqueActiveVehicleTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerUniqueActiveVehicleTests(SqlServerStore store) : UniqueActiveVehicleTests<SqlServerStore>(store);
