using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;

namespace Seo.Domain.Tests;

public sealed class CheckpointTests
{
    [Fact]
    public void Local_time_is_in_the_checkpoints_zone()
    {
        var checkpoint = TestData.Dostyk();

        // Asia/Almaty is UTC+5: 20:00 UTC on 25 Nov is already 01:00 on 26 Nov locally.
        checkpoint.LocalTime(new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero))
            .ShouldBe(new DateTime(2026, 11, 26, 1, 0, 0));
    }

    [Fact]
    public void To_instant_turns_a_local_date_and_time_into_an_instant()
    {
        var checkpoint = TestData.Dostyk();

        checkpoint.ToInstant(new DateOnly(2026, 12, 1), new TimeOnly(10, 0))
            .ShouldBe(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Booked_interval_starts_and_ends_at_checkpoint_local_instants()
    {
        var interval = TestData.IntervalAt(TestData.Dostyk(), new DateOnly(2026, 12, 1), new TimeOnly(23, 0));

        interval.StartsAt.ShouldBe(new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.Zero));
        interval.EndsAt.ShouldBe(new DateTimeOffset(2026, 12, 1, 19, 0, 0, TimeSpan.Zero));
        interval.LengthMinutes.ShouldBe(60);
    }

    [Fact]
    public void R22_interval_start_not_on_the_schedule_is_refused()
    {
        var checkpoint = TestData.Dostyk();

        var error = BookedInterval.Create(checkpoint, TestData.BookedDate, new TimeOnly(10, 30)).ShouldFailWith("interval-not-offered");

        error.Kind.ShouldBe(Common.ErrorKind.Validation);
        error.Message.ShouldContain("10:30");
    }

    [Fact]
    public void R22_interval_outside_opening_hours_is_refused()
    {
        var checkpoint = TestData.Dostyk(CapacitySchedule.Create(new TimeOnly(8, 0), 12, 60, 10).Value);

        BookedInterval.Create(checkpoint, TestData.BookedDate, new TimeOnly(21, 0)).ShouldFailWith("interval-not-offered");
        BookedInterval.Create(checkpoint, TestData.BookedDate, new TimeOnly(8, 0)).ShouldSucceed();
    }

    [Fact]
    public void R22_a_revised_capacity_plan_sells_its_schedule_from_its_date_and_the_baseline_before_and_raises_an_event()
    {
        var checkpoint = TestData.Dostyk();
        var reduced = CapacitySchedule.Create(new TimeOnly(8, 0), 12, 30, 5).Value;
        var from = TestData.BookedDate;

        var version = checkpoint.ReviseCapacity(0, from, WeeklyCapacity.Every(reduced), [], Guid.NewGuid(), "Road works on the approach", TestData.Now).ShouldSucceed();

        version.Number.ShouldBe(1);
        checkpoint.CapacityOn(from.AddDays(-1)).ShouldBe(CapacitySchedule.Default);
        checkpoint.CapacityOn(from).ShouldBe(reduced);
        checkpoint.CapacityVersions.ShouldHaveSingleItem().ShouldBe(version);
        var revised = checkpoint.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<CheckpointCapacityRevised>();
        revised.Checkpoint.ShouldBe(checkpoint.Id);
        revised.Version.ShouldBe(1);
        revised.EffectiveFrom.ShouldBe(from);
        checkpoint.Version.ShouldBe(1);
    }

    [Fact]
    public void R22_an_interval_is_one_of_its_own_dates_schedule()
    {
        var checkpoint = TestData.Dostyk();
        var halfHours = CapacitySchedule.Create(new TimeOnly(8, 0), 12, 30, 5).Value;
        checkpoint.ReviseCapacity(0, TestData.BookedDate, WeeklyCapacity.Every(halfHours), [], Guid.NewGuid(), "Half-hour intervals", TestData.Now).ShouldSucceed();

        BookedInterval.Create(checkpoint, TestData.BookedDate, new TimeOnly(8, 30)).ShouldSucceed().LengthMinutes.ShouldBe(30);
        BookedInterval.Create(checkpoint, TestData.BookedDate, new TimeOnly(21, 0)).ShouldFailWith("interval-not-offered");
        BookedInterval.Create(checkpoint, TestData.BookedDate.AddDays(-1), new TimeOnly(21, 0)).ShouldSucceed().LengthMinutes.ShouldBe(60);
    }

    [Fact]
    public void R22_a_capacity_plan_revised_on_an_outdated_version_is_refused_and_changes_nothing()
    {
        var checkpoint = TestData.Dostyk();
        checkpoint.ReviseCapacity(0, TestData.BookedDate, WeeklyCapacity.Every(CapacitySchedule.Closed), [], Guid.NewGuid(), "Closed", TestData.Now).ShouldSucceed();
        checkpoint.ClearDomainEvents();

        checkpoint.ReviseCapacity(0, TestData.BookedDate, WeeklyCapacity.Every(CapacitySchedule.Default), [], Guid.NewGuid(), "Open", TestData.Now)
            .ShouldFailWith("stale-capacity-plan");

        checkpoint.CapacityVersions.Count.ShouldBe(1);
        checkpoint.CapacityOn(TestData.BookedDate).IsClosed.ShouldBeTrue();
        checkpoint.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void A_checkpoint_with_an_unknown_time_zone_is_refused_when_made()
    {
        Should.Throw<TimeZoneNotFoundException>(() => Checkpoint.Create(
            CheckpointCode.Create("NOWHERE").Value, "Нигде", "Nowhere", "RU", "—", "—", "Asia/Nowhere", CapacitySchedule.Default));
    }
}
