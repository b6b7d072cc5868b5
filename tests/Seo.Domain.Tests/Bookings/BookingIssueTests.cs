using System.Globalization;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Bookings.Rules;

namespace Seo.Domain.Tests;

public sealed class BookingIssueTests
{
    [Fact]
    public void R20_issued_booking_carries_sequence_number_date_and_interval()
    {
        var checkpoint = TestData.Dostyk();
        var request = TestData.Request(checkpoint, sequenceNumber: 7);

        var booking = Booking.Issue(request, TestData.Now).ShouldSucceed();

        booking.SequenceNumber.ShouldBe(7);
        booking.Number.ShouldBe("DOSTYK-20261201-0007");
        booking.Interval.Date.ShouldBe(new DateOnly(2026, 12, 1));
        booking.Interval.Start.ShouldBe(new TimeOnly(10, 0));
        booking.Checkpoint.ShouldBe(checkpoint.Id);
        booking.Status.ShouldBe(BookingStatus.AwaitingPayment);
        booking.IsActive.ShouldBeTrue();
        booking.Fee.ShouldBe(TestData.BookingFee);
        booking.Paid.ShouldBe(Payments.Money.Zero);
        booking.HoldExpiresAt.ShouldBe(TestData.Now + TestData.HoldDuration);
        booking.IssuedAt.ShouldBe(TestData.Now);
    }

    [Theory]
    [InlineData(1, "DOSTYK-20261201-0001")]
    [InlineData(480, "DOSTYK-20261201-0480")]
    [InlineData(12345, "DOSTYK-20261201-12345")]
    public void R20_booking_number_is_code_date_and_sequence_of_at_least_four_digits(int sequence, string expected)
    {
        Booking.Issue(TestData.Request(sequenceNumber: sequence), TestData.Now).ShouldSucceed().Number.ShouldBe(expected);
    }

    [Theory]
    [InlineData("th-TH")] // Buddhist calendar
    [InlineData("ar-SA")] // Um Al-Qura calendar
    [InlineData("kk-KZ")]
    public void R20_booking_number_does_not_depend_on_the_servers_culture(string culture)
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);

            Booking.Issue(TestData.Request(sequenceNumber: 7), TestData.Now).ShouldSucceed().Number.ShouldBe("DOSTYK-20261201-0007");
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void R20_issue_raises_booking_requested()
    {
        var booking = Booking.Issue(TestData.Request(sequenceNumber: 7), TestData.Now).ShouldSucceed();

        var requested = booking.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<BookingRequested>();
        requested.BookingId.ShouldBe(booking.Id);
        requested.Checkpoint.Value.ShouldBe("DOSTYK");
        requested.Interval.ShouldBe(booking.Interval);
        requested.SequenceNumber.ShouldBe(7);
        requested.Fee.ShouldBe(TestData.BookingFee);
        requested.HoldExpiresAt.ShouldBe(TestData.Now + TestData.HoldDuration);
        requested.Priority.ShouldBeFalse();
        requested.OccurredAt.ShouldBe(TestData.Now);
        booking.Version.ShouldBe(1);
    }

    [Fact]
    public void R6_priority_booking_is_marked_priority()
    {
        var booking = Booking.Issue(TestData.Request(priority: PriorityCategory.LiveAnimals), TestData.Now).ShouldSucceed();

        booking.IsPriority.ShouldBeTrue();
        booking.DomainEvents.OfType<BookingRequested>().Single().Priority.ShouldBeTrue();
    }

    [Fact]
    public void R16_3_booking_owner_is_the_account_as_it_was_at_issue()
    {
        var account = TestData.User();

        var booking = Booking.Issue(TestData.Request(owner: account), TestData.Now).ShouldSucceed();

        booking.Owner.ShouldBe(account.AsBookingOwner());
        booking.Owner.AccountId.ShouldBe(account.Id);
    }

    [Fact]
    public void R21_vehicle_with_active_booking_by_vin_cannot_book_again()
    {
        var error = Booking.Issue(TestData.Request(vinHasActiveBooking: true), TestData.Now).ShouldFailWith("vehicle-has-active-booking");

        error.Rule.ShouldBe("R21");
    }

    [Fact]
    public void R21_vehicle_with_active_booking_by_plate_cannot_book_again()
    {
        Booking.Issue(TestData.Request(plateHasActiveBooking: true), TestData.Now).ShouldFailWith("vehicle-has-active-booking");
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, false)]
    public void R21_one_active_booking_per_vehicle_by_vin_or_by_plate(bool vinHasBooking, bool plateHasBooking, bool allowed)
    {
        var result = new OneActiveBookingPerVehicleRule(vinHasBooking, plateHasBooking).Check();

        result.IsSuccess.ShouldBe(allowed);
        if (!allowed)
        {
            result.ShouldFailWith("vehicle-has-active-booking");
        }
    }

    [Fact]
    public void R16_2_at_least_one_trusted_driver_is_named()
    {
        Booking.Issue(TestData.Request(drivers: []), TestData.Now).ShouldFailWith("drivers-required");
    }

    [Fact]
    public void R16_2_at_most_five_trusted_drivers_are_named()
    {
        var five = Enumerable.Range(0, 5).Select(i => TestData.TrustedDriver($"Driver{i}")).ToList();
        var six = Enumerable.Range(0, 6).Select(i => TestData.TrustedDriver($"Driver{i}")).ToList();

        Booking.Issue(TestData.Request(drivers: five), TestData.Now).ShouldSucceed().Drivers.Count.ShouldBe(5);
        Booking.Issue(TestData.Request(drivers: six), TestData.Now).ShouldFailWith("drivers-required");
    }

    [Fact]
    public void Staff_account_cannot_issue_a_booking()
    {
        var officer = Accounts.Account.CreateStaff(
            Accounts.AccountId.New(), Accounts.Role.Officer, TestData.Email("officer@kgd.gov.kz"), "hash", "Officer", TestData.Now);

        Booking.Issue(TestData.Request(owner: officer), TestData.Now).ShouldFailWith("not-a-booking-account");
    }

    [Fact]
    public void R16_2_drivers_are_fixed_at_issue()
    {
        var drivers = new List<Domain.Bookings.Driver> { TestData.TrustedDriver() };
        var booking = Booking.Issue(TestData.Request(drivers: drivers), TestData.Now).ShouldSucceed();

        drivers.Add(TestData.TrustedDriver("Другой"));

        booking.Drivers.ShouldHaveSingleItem().Name.Surname.ShouldBe("Ахметов");
    }
}
