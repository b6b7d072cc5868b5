using Seo.Domain.Identity;
using Seo.Application.Bookings.Common;
using Seo.Application.PriorityLists.Common;
using Seo.Domain.PriorityLists;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Vehicles;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Persistence;

/// <summary>The Application's specifications, run by EfRepository as SQL against the real file.</summary>
public abstract class SpecificationTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    private async Task SaveAsync(params Booking[] bookings)
    {
        await using var db = Database.NewContext();
        var repository = new EfRepository<Booking>(db);
        foreach (var booking in bookings)
        {
            await repository.AddAsync(booking, CancellationToken.None);
        }

        await db.SaveChangesAsync();
    }

    private async Task<T> QueryAsync<T>(Func<EfRepository<Booking>, Task<T>> query)
    {
        await using var db = Database.NewContext();
        return await query(new EfRepository<Booking>(db));
    }

    [Fact]
    public async Task BookingByIdSpec_finds_the_booking_with_its_owner_and_no_other()
    {
        var owner = TestData.User();
        var booking = TestData.Booking(owner);
        await SaveAsync(booking);

        var found = await QueryAsync(r => r.FirstOrDefaultAsync(new BookingByIdSpec(booking.Id, readOnly: true), CancellationToken.None));
        var unknown = await QueryAsync(r => r.FirstOrDefaultAsync(new BookingByIdSpec(BookingId.New(), readOnly: true), CancellationToken.None));

        found.ShouldNotBeNull().Owner.AccountId.ShouldBe(owner.Id);
        unknown.ShouldBeNull();
    }

    private static readonly CountryCode Kz = CountryCode.Create("KZ").Value;

    /// <summary>A VIN no test booking has, for looking a vehicle up by its plate alone.</summary>
    private const string UnusedVin = "ZZZZZZZZZZZZZZZZ9";

    [Fact]
    public async Task R21_active_booking_is_found_by_vin_and_by_plate()
    {
        await SaveAsync(TestData.Booking(plate: "123ABC02", vin: TestData.Vin));

        (await QueryAsync(r => r.AnyAsync(new ActiveBookingsOfVehicleSpec(Vin.Create(TestData.Vin).Value, Kz, PlateNumber.Create("000ZZZ00").Value), CancellationToken.None))).ShouldBeTrue();
        (await QueryAsync(r => r.AnyAsync(new ActiveBookingsOfVehicleSpec(Vin.Create(UnusedVin).Value, Kz, PlateNumber.Create("123 abc-02").Value), CancellationToken.None))).ShouldBeTrue();
        (await QueryAsync(r => r.AnyAsync(new ActiveBookingsOfVehicleSpec(Vin.Create(TestData.OtherVin).Value, Kz, PlateNumber.Create("000ZZZ00").Value), CancellationToken.None))).ShouldBeFalse();
        (await QueryAsync(r => r.AnyAsync(new ActiveBookingsOfVehicleSpec(Vin.Create(UnusedVin).Value, Kz, PlateNumber.Create("999XYZ02").Value), CancellationToken.None))).ShouldBeFalse();
    }

    [Fact]
    public async Task R6_a_list_entry_matches_only_when_its_vin_plate_and_operator_bin_all_match()
    {
        var operatorBin = Bin.Create("000740000728").Value;
        var list = PriorityList.Open(PriorityListKind.AuthorisedEconomicOperators);
        var version = list.Upload(
            [
                PriorityListEntry.Create(Kz, PlateNumber.Create("123ABC02").Value, Vin.Create(TestData.Vin).Value, operatorBin, "Trans Asia LLP").Value,
                PriorityListEntry.Create(Kz, PlateNumber.Create("555XYZ02").Value, Vin.Create(TestData.OtherVin).Value).Value,
            ],
            AccountId.New(), null, TestData.Now).Value;
        await using (var db = Database.NewContext())
        {
            await new EfRepository<PriorityList>(db).AddAsync(list, CancellationToken.None);
            await new EfRepository<PriorityListVersion>(db).AddAsync(version, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        async Task<bool> Listed(string plate, string vin, Bin? ownerBin)
        {
            await using var db = Database.NewContext();
            return await new EfRepository<PriorityListVersion>(db).AnyAsync(
                new VersionListsVehicleSpec(PriorityListKind.AuthorisedEconomicOperators, 1, TestData.Truck(plate, vin), ownerBin), CancellationToken.None);
        }

        (await Listed("123ABC02", TestData.Vin, operatorBin)).ShouldBeTrue();
        (await Listed("123ABC02", TestData.Vin, Bin.Create(Infrastructure.Verification.Simulated.Demo.DemoRegistries.DemoTransBin).Value)).ShouldBeFalse();
        (await Listed("123ABC02", TestData.Vin, null)).ShouldBeFalse();
        (await Listed("555XYZ02", TestData.OtherVin, null)).ShouldBeTrue();
        (await Listed("999ZZZ02", TestData.OtherVin, null)).ShouldBeFalse();
        (await Listed("555XYZ02", UnusedVin, null)).ShouldBeFalse();
    }

    [Fact]
    public async Task R21_cancelled_and_expired_bookings_are_not_active()
    {
        var cancelled = TestData.Booking(plate: "111AAA01", vin: TestData.Vin);
        cancelled.Cancel(TestData.Now).IsSuccess.ShouldBeTrue();
        var expired = TestData.Booking(plate: "222BBB01", vin: TestData.OtherVin);
        expired.Expire(TestData.Now.AddHours(1)).IsSuccess.ShouldBeTrue();
        await SaveAsync(cancelled, expired);

        (await QueryAsync(r => r.AnyAsync(new ActiveBookingsOfVehicleSpec(Vin.Create(TestData.Vin).Value, Kz, PlateNumber.Create("000ZZZ00").Value), CancellationToken.None))).ShouldBeFalse();
        (await QueryAsync(r => r.AnyAsync(new ActiveBookingsOfVehicleSpec(Vin.Create(TestData.OtherVin).Value, Kz, PlateNumber.Create("000ZZZ00").Value), CancellationToken.None))).ShouldBeFalse();
        (await QueryAsync(r => r.AnyAsync(new ActiveBookingsOfVehicleSpec(Vin.Create(UnusedVin).Value, Kz, PlateNumber.Create("111AAA01").Value), CancellationToken.None))).ShouldBeFalse();
        (await QueryAsync(r => r.AnyAsync(new ActiveBookingsOfVehicleSpec(Vin.Create(UnusedVin).Value, Kz, PlateNumber.Create("222BBB01").Value), CancellationToken.None))).ShouldBeFalse();
        (await QueryAsync(r => r.CountAsync(new BookingByIdSpec(cancelled.Id), CancellationToken.None))).ShouldBe(1);
    }

    [Fact]
    public async Task BookingsOfOwnerSpec_pages_the_owners_bookings_newest_first()
    {
        var owner = TestData.User();
        var bookings = Enumerable.Range(0, 5)
            .Select(i => TestData.Booking(owner, plate: $"10{i}ABC02", vin: $"1M8GDM9AXKP04278{i}", issuedAt: TestData.Now.AddMinutes(i)))
            .ToArray();
        await SaveAsync([.. bookings, TestData.Booking(TestData.User("other@example.kz"), plate: "999ZZZ01", vin: TestData.OtherVin, issuedAt: TestData.Now.AddHours(1))]);

        var first = await QueryAsync(r => r.ListAsync(new BookingsOfOwnerSpec(owner.Id, null, 0, 2), CancellationToken.None));
        var second = await QueryAsync(r => r.ListAsync(new BookingsOfOwnerSpec(owner.Id, null, 2, 2), CancellationToken.None));
        var third = await QueryAsync(r => r.ListAsync(new BookingsOfOwnerSpec(owner.Id, null, 4, 2), CancellationToken.None));

        first.Select(b => b.Id).ShouldBe([bookings[4].Id, bookings[3].Id]);
        second.Select(b => b.Id).ShouldBe([bookings[2].Id, bookings[1].Id]);
        third.Select(b => b.Id).ShouldBe([bookings[0].Id]);
    }

    [Fact]
    public async Task BookingsOfOwnerSpec_filters_by_status()
    {
        var owner = TestData.User();
        var unpaid = TestData.Booking(owner, plate: "111AAA01", vin: TestData.Vin);
        var cancelled = TestData.Booking(owner, plate: "222BBB01", vin: TestData.OtherVin);
        cancelled.Cancel(TestData.Now).IsSuccess.ShouldBeTrue();
        await SaveAsync(unpaid, cancelled);

        var only = await QueryAsync(r => r.ListAsync(new BookingsOfOwnerSpec(owner.Id, BookingStatus.Cancelled, 0, 20), CancellationToken.None));

        only.ShouldHaveSingleItem().Id.ShouldBe(cancelled.Id);
    }

    [Fact]
    public async Task ExpiredHoldsSpec_finds_due_holds_oldest_first_and_never_closed_bookings()
    {
        var oldest = TestData.Booking(plate: "111AAA01", vin: "1M8GDM9AXKP042781", issuedAt: TestData.Now.AddMinutes(-40));
        var older = TestData.Booking(plate: "222BBB01", vin: "1M8GDM9AXKP042782", issuedAt: TestData.Now.AddMinutes(-20));
        var notDue = TestData.Booking(plate: "333CCC01", vin: "1M8GDM9AXKP042783", issuedAt: TestData.Now.AddMinutes(-5));
        var paid = TestData.Booking(plate: "444DDD01", vin: "1M8GDM9AXKP042784", issuedAt: TestData.Now.AddMinutes(-60));
        paid.Pay(TestData.Fee, "PAY-1", TestData.Now.AddMinutes(-59)).IsSuccess.ShouldBeTrue();
        var alreadyExpired = TestData.Booking(plate: "555EEE01", vin: "1M8GDM9AXKP042785", issuedAt: TestData.Now.AddMinutes(-90));
        alreadyExpired.Expire(TestData.Now.AddMinutes(-60)).IsSuccess.ShouldBeTrue();
        await SaveAsync(oldest, older, notDue, paid, alreadyExpired);

        var due = await QueryAsync(r => r.ListAsync(new ExpiredHoldsSpec(TestData.Now, 10), CancellationToken.None));
        var batch = await QueryAsync(r => r.ListAsync(new ExpiredHoldsSpec(TestData.Now, 1), CancellationToken.None));

        due.Select(b => b.Id).ShouldBe([oldest.Id, older.Id]);
        batch.Select(b => b.Id).ShouldBe([oldest.Id]);
    }

    [Fact]
    public async Task ExpiredHoldsSpec_finds_a_paid_booking_whose_pending_reschedule_ran_out()
    {
        var booking = TestData.Booking(issuedAt: TestData.Now.AddHours(-1));
        booking.Pay(TestData.Fee, "PAY-1", TestData.Now.AddHours(-1)).IsSuccess.ShouldBeTrue();
        for (var hour = 11; hour <= 13; hour++)
        {
            booking.Reschedule(TestData.Dostyk(), TestData.Interval(hour), hour, TestData.Fee, TestData.Hold, TestData.Now.AddMinutes(-30)).IsSuccess.ShouldBeTrue();
        }

        await SaveAsync(booking);

        var due = await QueryAsync(r => r.ListAsync(new ExpiredHoldsSpec(TestData.Now, 10), CancellationToken.None));

        due.ShouldHaveSingleItem().PendingReschedule.ShouldNotBeNull();
    }

    [Fact]
    public async Task Tracked_reads_can_be_changed_and_saved_but_no_tracking_reads_are_not_tracked()
    {
        var owner = TestData.User();
        var booking = TestData.Booking(owner);
        await SaveAsync(booking);

        await using var db = Database.NewContext();
        var repository = new EfRepository<Booking>(db);
        var tracked = await repository.FirstOrDefaultAsync(new BookingByIdSpec(booking.Id), CancellationToken.None);
        var listed = await repository.ListAsync(new BookingsOfOwnerSpec(owner.Id, null, 0, 10), CancellationToken.None);
        await using var other = Database.NewContext();
        var read = await new EfRepository<Booking>(other).FirstOrDefaultAsync(new BookingByIdSpec(booking.Id, readOnly: true), CancellationToken.None);

        db.Entry(tracked!).State.ShouldBe(Microsoft.EntityFrameworkCore.EntityState.Unchanged);
        // The list is a projection: it hands back rows, and the context tracks no second booking for it.
        listed.ShouldHaveSingleItem().Id.ShouldBe(booking.Id);
        db.ChangeTracker.Entries<Booking>().ShouldHaveSingleItem().Entity.ShouldBeSameAs(tracked);
        other.Entry(read!).State.ShouldBe(Microsoft.EntityFrameworkCore.EntityState.Detached);
    }

    [Fact]
    public async Task R21_a_plate_names_a_vehicle_only_within_its_country_of_registration()
    {
        await SaveAsync(TestData.Booking(plate: "123ABC02", vin: TestData.Vin));

        (await QueryAsync(r => r.AnyAsync(new ActiveBookingsOfVehicleSpec(Vin.Create(UnusedVin).Value, CountryCode.Create("UZ").Value, PlateNumber.Create("123ABC02").Value), CancellationToken.None))).ShouldBeFalse();
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteSpecificationTests(SqliteStore store) : SpecificationTests<SqliteStore>(store);

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlSpecificationTests(PostgreSqlStore store) : SpecificationTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerSpecificationTests(SqlServerStore store) : SpecificationTests<SqlServerStore>(store);
