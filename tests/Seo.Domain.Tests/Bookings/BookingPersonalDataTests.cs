using Seo.Domain.Bookings;

namespace Seo.Domain.Tests.Bookings;

public sealed class BookingPersonalDataTests
{
    [Fact]
    public void An_active_booking_keeps_its_drivers_for_the_messages_and_the_entry_it_still_needs()
    {
        var booking = TestData.Confirmed();

        booking.ErasePersonalData(TestData.Now).Error.ShouldBe(BookingErrors.PersonalDataStillNeeded);
        booking.Drivers.ShouldNotBeEmpty();
        booking.PersonalDataErasedAt.ShouldBeNull();
    }

    [Fact]
    public void A_finished_booking_loses_its_drivers_and_keeps_what_the_crossing_log_and_accounts_need()
    {
        var booking = TestData.Confirmed();
        booking.Cancel(TestData.Now).IsSuccess.ShouldBeTrue();
        var (number, vehicle, owner, paid) = (booking.Number, booking.Vehicle, booking.Owner, booking.Paid);

        booking.ErasePersonalData(TestData.Now.AddDays(90)).IsSuccess.ShouldBeTrue();
        booking.ErasePersonalData(TestData.Now.AddDays(91)).IsSuccess.ShouldBeTrue();

        booking.Drivers.ShouldBeEmpty();
        booking.PersonalDataErasedAt.ShouldBe(TestData.Now.AddDays(90));
        (booking.Number, booking.Vehicle, booking.Owner, booking.Paid, booking.Status).ShouldBe((number, vehicle, owner, paid, BookingStatus.Cancelled));
    }
}
