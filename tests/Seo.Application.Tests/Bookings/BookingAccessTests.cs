using Seo.Application.Bookings.GetBooking;
using Seo.Application.Bookings.ListMyBookings;
using Seo.Application.Bookings.Transfer;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;

namespace Seo.Application.Tests.Bookings;

public sealed class BookingAccessTests
{
    private readonly Account _owner = TestData.User();
    private readonly Account _stranger = TestData.User(email: "stranger@example.kz");
    private readonly List<Booking> _bookings = [];
    private readonly Booking _booking;

    public BookingAccessTests()
    {
        _booking = TestData.AwaitingPayment(_owner, TestData.Dostyk());
        _bookings.Add(_booking);
    }

    [Fact]
    public async Task The_owner_reads_their_booking()
    {
        var result = await new GetBookingHandler(Substitutes.Repository(_bookings), Substitutes.CurrentUser(_owner.Id))
            .Handle(new GetBooking(_booking.Id.Value), CancellationToken.None);

        result.ShouldSucceed().Id.ShouldBe(_booking.Id.Value);
    }

    [Fact]
    public async Task Another_users_booking_is_not_found()
    {
        var result = await new GetBookingHandler(Substitutes.Repository(_bookings), Substitutes.CurrentUser(_stranger.Id))
            .Handle(new GetBooking(_booking.Id.Value), CancellationToken.None);

        result.ShouldFailWith("booking-not-found");
    }

    [Theory]
    [InlineData(Role.Officer)]
    [InlineData(Role.Registrar)]
    public async Task R4_officers_and_the_registrar_read_any_booking(Role role)
    {
        var result = await new GetBookingHandler(Substitutes.Repository(_bookings), Substitutes.CurrentUser(AccountId.New(), role))
            .Handle(new GetBooking(_booking.Id.Value), CancellationToken.None);

        result.ShouldSucceed();
    }

    [Fact]
    public async Task An_analyst_does_not_read_bookings_by_id()
    {
        var result = await new GetBookingHandler(Substitutes.Repository(_bookings), Substitutes.CurrentUser(AccountId.New(), Role.Analyst))
            .Handle(new GetBooking(_booking.Id.Value), CancellationToken.None);

        result.ShouldFailWith("booking-not-found");
    }

    [Fact]
    public async Task R36_the_owner_cannot_transfer_a_booking()
    {
        var result = await new TransferBookingHandler(Substitutes.Repository(_bookings), Substitutes.CurrentUser(_owner.Id))
            .Handle(new TransferBooking(_booking.Id.Value), CancellationToken.None);

        result.IsSuccess.ShouldBeFalse();
        result.Error.Code.ShouldBe("booking-not-transferable");
        result.Error.Rule.ShouldBe("R36");
    }

    [Fact]
    public async Task A_stranger_trying_to_transfer_is_told_the_booking_does_not_exist()
    {
        var result = await new TransferBookingHandler(Substitutes.Repository(_bookings), Substitutes.CurrentUser(_stranger.Id))
            .Handle(new TransferBooking(_booking.Id.Value), CancellationToken.None);

        result.Error.ShouldNotBeNull().Code.ShouldBe("booking-not-found");
    }

    [Fact]
    public async Task My_bookings_lists_only_the_callers_own()
    {
        _bookings.Add(TestData.AwaitingPayment(_stranger, TestData.Dostyk(), plate: "777ZZZ01", vin: TestData.OtherVin));

        var page = await new ListMyBookingsHandler(Substitutes.Repository(_bookings), Substitutes.CurrentUser(_owner.Id))
            .Handle(new ListMyBookings(null), CancellationToken.None);

        page.ShouldSucceed().Items.ShouldHaveSingleItem().Id.ShouldBe(_booking.Id.Value);
    }
}
