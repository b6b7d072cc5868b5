using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Identity;
using Seo.Domain.Payments;
using Seo.Domain.Waitlist;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Persistence;

/// <summary>Value objects are stored as plain values and come back equal, through their own factories.</summary>
public abstract class RoundTripTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    protected async Task SaveAsync(Booking booking)
    {
        await using var db = Database.NewContext();
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
    }

    private async Task<Booking> LoadAsync(BookingId id)
    {
        await using var db = Database.NewContext();
        return await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == id);
    }

    [Fact]
    public async Task Booking_comes_back_with_every_value_it_was_saved_with()
    {
        var owner = TestData.User();
        var vehicle = TestData.Truck("123 аве 02", TestData.Vin, trailer: "45-67 КМ 02");
        var booking = TestData.Booking(owner, vehicle: vehicle, sequenceNumber: 7,
            drivers: [TestData.Driver("Ахметов", "Болатович"), TestData.Driver("Li", null, Residency.NonResident)]);
        booking.Pay(TestData.Fee, "PAY-REF-1", TestData.Now.AddMinutes(5)).IsSuccess.ShouldBeTrue();
        await SaveAsync(booking);

        var loaded = await LoadAsync(booking.Id);

        loaded.Number.ShouldBe("DOSTYK-20261201-0007");
        loaded.SequenceNumber.ShouldBe(7);
        loaded.Status.ShouldBe(BookingStatus.Confirmed);
        loaded.Owner.ShouldBe(booking.Owner);
        loaded.Checkpoint.ShouldBe(booking.Checkpoint);
        loaded.Interval.ShouldBe(booking.Interval);
        loaded.Vehicle.ShouldBe(booking.Vehicle);
        loaded.Vehicle.Plate.Value.ShouldBe("123ABE02");
        loaded.Vehicle.TrailerPlate.ShouldNotBeNull().Value.ShouldBe("4567KM02");
        loaded.Vehicle.Vin.Value.ShouldBe(TestData.Vin);
        loaded.Drivers.ShouldBe(booking.Drivers);
        loaded.Drivers[0].Name.Patronymic.ShouldBe("Болатович");
        loaded.Drivers[1].Name.Patronymic.ShouldBeNull();
        loaded.Drivers[1].Residency.ShouldBe(Residency.NonResident);
        loaded.Fee.ShouldBe(TestData.Fee);
        loaded.Paid.ShouldBe(TestData.Fee);
        loaded.PaymentReference.ShouldBe("PAY-REF-1");
        loaded.IssuedAt.ShouldBe(TestData.Now);
        loaded.HoldExpiresAt.ShouldBeNull();
        loaded.PendingReschedule.ShouldBeNull();
        loaded.Version.ShouldBe(booking.Version);
        loaded.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public async Task Money_keeps_two_decimals()
    {
        var booking = TestData.Booking(fee: Money.Kzt(12_345.6m));
        await SaveAsync(booking);

        var loaded = await LoadAsync(booking.Id);

        loaded.Fee.Amount.ShouldBe(12_345.60m);
        loaded.Fee.Amount.ToString(CultureInfo.InvariantCulture).ShouldBe("12345.60");
        loaded.Paid.Amount.ToString(CultureInfo.InvariantCulture).ShouldBe("0.00");
    }

    [Fact]
    public async Task Instants_are_stored_in_utc_and_come_back_as_the_same_instant()
    {
        var booking = TestData.Booking();
        await SaveAsync(booking);

        var loaded = await LoadAsync(booking.Id);

        loaded.IssuedAt.Offset.ShouldBe(TimeSpan.Zero);
        loaded.IssuedAt.ShouldBe(TestData.Now);
        loaded.IssuedAt.UtcDateTime.ShouldBe(new DateTime(2026, 11, 25, 4, 0, 0, DateTimeKind.Utc));
        loaded.HoldExpiresAt.ShouldBe(TestData.Now + TestData.Hold);
        loaded.Interval.StartsAt.ShouldBe(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero));
        loaded.Interval.Date.ShouldBe(TestData.BookedDate);
        loaded.Interval.Start.ShouldBe(new TimeOnly(10, 0));
    }

    [Fact]
    public async Task R28_pending_reschedule_comes_back_from_its_json_column()
    {
        var booking = TestData.Booking();
        booking.Pay(TestData.Fee, "PAY-1", TestData.Now).IsSuccess.ShouldBeTrue();
        var dostyk = TestData.Dostyk();
        for (var hour = 11; hour <= 13; hour++)
        {
            booking.Reschedule(dostyk, TestData.Interval(hour), hour, Money.Kzt(4_325.5m), TestData.Hold, TestData.Now).IsSuccess.ShouldBeTrue();
        }

        await SaveAsync(booking);

        var loaded = await LoadAsync(booking.Id);

        var pending = loaded.PendingReschedule.ShouldNotBeNull();
        pending.ShouldBe(booking.PendingReschedule);
        pending.Interval.ShouldBe(TestData.Interval(13));
        pending.SequenceNumber.ShouldBe(13);
        pending.Fee.Amount.ToString(CultureInfo.InvariantCulture).ShouldBe("4325.50");
        pending.HoldExpiresAt.ShouldBe(TestData.Now + TestData.Hold);
        loaded.Interval.ShouldBe(TestData.Interval(12));
        loaded.ReschedulesUsed.ShouldBe(2);
        loaded.AmountDue.ShouldBe(Money.Kzt(4_325.5m));
    }

    [Fact]
    public async Task R22_a_capacity_plan_comes_back_with_every_version_its_week_and_exceptions_and_a_second_save_of_a_number_is_a_conflict()
    {
        var registrar = Guid.NewGuid();
        var daytime = CapacitySchedule.Create(new TimeOnly(8, 0), 12, 30, 5).Value;
        var week = WeeklyCapacity.Create(Enum.GetValues<DayOfWeek>().ToDictionary(
            day => day, day => day == DayOfWeek.Sunday ? CapacitySchedule.Closed : daytime)).Value;
        var holiday = CapacityOverride.Create(new DateOnly(2026, 12, 16), new DateOnly(2026, 12, 17), CapacitySchedule.Closed, "Independence Day").Value;
        await using (var db = Database.NewContext())
        {
            var dostyk = await db.Checkpoints.SingleAsync(c => c.Id == CheckpointCode.Create("DOSTYK").Value);
            dostyk.ReviseCapacity(0, TestData.BookedDate, week, [holiday], registrar, "Road works", TestData.Now).IsSuccess.ShouldBeTrue();
            dostyk.ReviseCapacity(1, TestData.BookedDate.AddDays(30), WeeklyCapacity.Every(CapacitySchedule.Default), [], registrar, "Works done", TestData.Now)
                .IsSuccess.ShouldBeTrue();
            await db.SaveChangesAsync();
        }

        var loaded = await Database.CheckpointAsync("DOSTYK");

        loaded.CapacityVersions.Select(v => v.Number).ShouldBe([1, 2]);
        var first = loaded.CapacityVersions[0];
        first.Week.ShouldBe(week);
        first.Exceptions.ShouldBe([holiday]);
        first.ChangedBy.ShouldBe(registrar);
        first.ChangedAt.ShouldBe(TestData.Now);
        first.Reason.ShouldBe("Road works");
        loaded.CapacityOn(new DateOnly(2026, 12, 16)).IsClosed.ShouldBeTrue();
        loaded.CapacityOn(new DateOnly(2026, 12, 15)).ShouldBe(daytime);
        loaded.CapacityOn(TestData.BookedDate.AddDays(30)).ShouldBe(CapacitySchedule.Default);
        loaded.CapacityPlan.Version.ShouldBe(2);

        // A second registrar who read version 2 saves "version 3" too: the store refuses it as a concurrent change.
        await using var racing = Database.NewContext();
        var stale = await racing.Checkpoints.SingleAsync(c => c.Id == CheckpointCode.Create("DOSTYK").Value);
        var conflict = await Should.ThrowAsync<Application.Common.Ports.PersistenceConflictException>(async () =>
        {
            await using var winner = Database.NewContext();
            var other = await winner.Checkpoints.SingleAsync(c => c.Id == CheckpointCode.Create("DOSTYK").Value);
            other.ReviseCapacity(2, TestData.BookedDate.AddDays(40), week, [], registrar, "Another", TestData.Now).IsSuccess.ShouldBeTrue();
            stale.ReviseCapacity(2, TestData.BookedDate.AddDays(40), week, [], registrar, "Racing", TestData.Now).IsSuccess.ShouldBeTrue();
            await winner.SaveChangesAsync();
            await racing.SaveChangesAsync();
        });
        conflict.Error.Code.ShouldBe("concurrent-change");
        (await Database.CheckpointAsync("DOSTYK")).CapacityVersions.Single(v => v.Number == 3).Reason.ShouldBe("Another");
    }

    [Fact]
    public async Task R22_a_waitlist_entry_comes_back_with_its_window_and_the_place_held_for_it()
    {
        var booking = TestData.Booking(TestData.User());
        booking.Pay(TestData.Fee, "PAY-REF-1", TestData.Now.AddMinutes(5)).IsSuccess.ShouldBeTrue();
        var window = new WaitlistWindow(booking.Interval.Date.AddDays(-5), booking.Interval.Date, new TimeOnly(8, 0), new TimeOnly(12, 30));
        var entry = WaitlistEntry.Join(booking, window, TestData.Now).Value;
        var place = BookedInterval.Create(await Database.CheckpointAsync("DOSTYK"), booking.Interval.Date.AddDays(-2), new TimeOnly(9, 0)).Value;
        entry.Offer(place, TestData.Now.AddMinutes(15), TestData.Now.AddMinutes(1)).IsSuccess.ShouldBeTrue();
        await using (var db = Database.NewContext())
        {
            db.WaitlistEntries.Add(entry);
            await db.SaveChangesAsync();
        }

        await using var read = Database.NewContext();
        var loaded = await read.WaitlistEntries.SingleAsync(e => e.Id == booking.Id.Value);

        loaded.Window.ShouldBe(window);
        loaded.Status.ShouldBe(WaitlistStatus.Offered);
        loaded.AccountId.ShouldBe(booking.Owner.AccountId.Value);
        loaded.Checkpoint.ShouldBe("DOSTYK");
        loaded.JoinedAt.ShouldBe(TestData.Now);
        loaded.OfferedPlace.ShouldBe(place);
        loaded.OfferExpiresAt.ShouldBe(TestData.Now.AddMinutes(15));
        loaded.OfferId.ShouldBe(entry.OfferId);
        loaded.Holds(place, TestData.Now.AddMinutes(2)).ShouldBeTrue();
    }

    [Fact]
    public async Task Account_comes_back_with_its_owner_profile_and_agreement()
    {
        var account = TestData.User("Ops@Example.kz");
        account.RecordDebt(Money.Kzt(99.99m), "toll", TestData.Now).IsSuccess.ShouldBeTrue();
        await using (var db = Database.NewContext())
        {
            db.Accounts.Add(account);
            await db.SaveChangesAsync();
        }

        await using var read = Database.NewContext();
        var loaded = await read.Accounts.AsNoTracking().SingleAsync(a => a.Id == account.Id);

        loaded.Email.ShouldBe(EmailAddress.Create("ops@example.kz").Value);
        loaded.Owner.ShouldNotBeNull().Name.ShouldBe("Xinjiang Logistics Co.");
        loaded.Owner.Phone.ShouldBe(TestData.Phone);
        loaded.Owner.Agreement.ShouldBe(account.Owner!.Agreement);
        loaded.Debt.Amount.ToString(CultureInfo.InvariantCulture).ShouldBe("99.99");
        loaded.IsBlockedForDebt.ShouldBeTrue();
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteRoundTripTests(SqliteStore store) : RoundTripTests<SqliteStore>(store)
{
    [Fact]
    public async Task SQLite_keeps_instants_as_utc_ticks_so_they_sort_and_compare_in_sql()
    {
        var booking = TestData.Booking();
        await SaveAsync(booking);

        (await Database.ScalarAsync($"SELECT \"IssuedAt\" FROM \"Bookings\" WHERE \"Number\" = '{booking.Number}'")).ShouldBe(TestData.Now.UtcTicks);
    }
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlRoundTripTests(PostgreSqlStore store) : RoundTripTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerRoundTripTests(SqlServerStore store) : RoundTripTests<SqlServerStore>(store);
