using NSubstitute;
using Seo.Application.Bookings.Caps;
using Seo.Application.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Draws;

namespace Seo.Application.Tests.Bookings;

/// <summary>
/// The account's gate decides one account's parallel requests in turn only while a cap counts
/// what the account holds; otherwise its requests do not wait for each other.
/// </summary>
public sealed class BookingCapPolicyTests
{
    private readonly IAccountBookingGate _gate = Substitute.For<IAccountBookingGate>();
    private readonly Domain.Accounts.Account _account = TestData.User();

    private BookingCapPolicy Policy(int unpaidHolds, int perDay, TimeSpan coolDown) => new(
        Substitutes.Repository(new List<Booking>()),
        Substitutes.Repository(new List<DrawEntry>()),
        _gate,
        new BookingCapOptions { MaxUnpaidHoldsPerAccount = unpaidHolds, MaxBookingsPerAccountPerCheckpointDay = perDay, VehicleCoolDown = coolDown });

    [Theory]
    [InlineData(5, 0)]
    [InlineData(0, 10)]
    public async Task A_cap_that_counts_per_account_decides_the_accounts_requests_behind_its_gate(int unpaidHolds, int perDay)
    {
        var policy = Policy(unpaidHolds, perDay, TimeSpan.Zero);

        // A first-free request: no date yet, so only the entering is in question.
        (await policy.MayHoldAsync(_account.Id, TestData.Truck(), TestData.Dostyk().Id, null, TestData.Now, CancellationToken.None)).IsSuccess.ShouldBeTrue();

        await _gate.Received(1).EnterAsync(_account.Id, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task With_no_cap_counting_per_account_nothing_waits_at_the_gate_even_with_a_vehicle_cool_down()
    {
        var policy = Policy(0, 0, TimeSpan.FromMinutes(30));

        (await policy.MayHoldAsync(_account.Id, TestData.Truck(), TestData.Dostyk().Id, TestData.BookedDate, TestData.Now, CancellationToken.None)).IsSuccess.ShouldBeTrue();

        await _gate.DidNotReceiveWithAnyArgs().EnterAsync(default, default);
    }

    [Fact]
    public async Task A_move_does_not_wait_at_the_gate_while_the_days_share_is_not_capped()
    {
        var booking = TestData.Confirmed(_account, TestData.Dostyk());

        (await Policy(5, 0, TimeSpan.Zero).MayMoveAsync(booking, TestData.BookedDate, TestData.Now, CancellationToken.None)).IsSuccess.ShouldBeTrue();

        await _gate.DidNotReceiveWithAnyArgs().EnterAsync(default, default);
    }
}
