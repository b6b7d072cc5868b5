using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Seo.Application.Bookings.Common;
using Seo.Application.Bookings.Create;
using Seo.Application.Bookings.Reschedule;
using Seo.Application.Common.Behaviours;
using Seo.Application.Common.Ports;
using Seo.Application.Verification.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Notifications;
using Seo.Domain.PriorityLists;
using Seo.Domain.Verification;

namespace Seo.Application.Tests.Bookings;

public sealed class RescheduleBookingHandlerTests
{
    private readonly Checkpoint _dostyk = TestData.Dostyk();
    private readonly Account _owner = TestData.User();
    private readonly List<Booking> _bookings = [];
    private readonly ICapacityLedger _ledger = Substitutes.Ledger();
    private readonly FakeTimeProvider _clock = TestData.Clock();
    private Booking _booking;
    private readonly List<PriorityList> _priorityLists = [];
    private readonly List<PriorityListVersion> _priorityListVersions = [];
    private AccountId _caller;
    private IVehicleVerification _verification = Substitutes.Verification();
    private readonly List<VerificationRecord> _records = [];
    private readonly List<Notification> _notifications = [];
    private readonly List<object> _kept = [];

    public RescheduleBookingHandlerTests()
    {
        _caller = _owner.Id;
        _booking = TestData.Confirmed(_owner, _dostyk);
        _bookings.Add(_booking);
    }

    /// <summary>The registry checks ahead of the handler, as the pipeline runs them (without the transaction).</summary>
    private async Task<Result<BookingDto>> Reschedule(int hour, DateOnly? date = null)
    {
        var bookings = Substitutes.Repository(_bookings);
        var checkpoints = Substitutes.Repository(new List<Checkpoint> { _dostyk });
        var user = Substitutes.CurrentUser(_caller);
        var run = new VerificationRun();
        var priorityGrounds = new PriorityGrounds(Substitutes.Repository(_priorityLists), Substitutes.Repository(_priorityListVersions));
        var access = Substitutes.Access(bookings, user);
        var handler = new RescheduleBookingHandler(
            access, checkpoints, _ledger, priorityGrounds, Substitutes.NoCaps(bookings), Substitutes.Repository(_records), Substitutes.Repository(_notifications), run, TestData.Tariff(), TestData.Options(), JourneyPolicy.Default,
            new Application.Waitlist.Common.WaitlistPlaces(Substitutes.Repository(new List<Domain.Waitlist.WaitlistEntry>()), _ledger), _clock);
        var checks = new RegistryChecksBehavior<RescheduleBooking, Result<BookingDto>>(
            new RescheduleBookingChecks(access, checkpoints, priorityGrounds, user, JourneyPolicy.Default, _clock), _verification, run, Substitutes.UnitOfWork(_kept), _clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<RegistryChecksBehavior<RescheduleBooking, Result<BookingDto>>>.Instance);
        var result = await checks.Handle(
            new RescheduleBooking(_booking.Id.Value, date ?? TestData.BookedDate, $"{hour:00}:00"), (message, token) => handler.Handle(message, token), CancellationToken.None);

        // The unit of work reacts to the events (capacity given back), writes them to the outbox and clears them after each command.
        if (result.IsSuccess)
        {
            await UnitOfWorkReactions.RunAsync(_ledger, [_booking]);
        }

        _booking.ClearDomainEvents();
        return result;
    }

    [Fact]
    public async Task R20_a_reschedule_past_a_drivers_identity_document_expiry_is_refused_and_nothing_moves()
    {
        var driver = TestData.Driver();
        _bookings.Clear();
        _booking = Booking.Issue(
            new BookingRequest(
                BookingId.New(), _owner, _dostyk, At(10), TestData.Truck(),
                [driver with { Document = driver.Document with { ExpiresOn = TestData.BookedDate } }],
                PriorityCategory.None, Cargo.None, TestData.BookingFee, 1, TimeSpan.FromMinutes(15), VinHasActiveBooking: false, PlateHasActiveBooking: false),
            TestData.Now).Value;
        _booking.Pay(TestData.BookingFee, "PAY-1", TestData.Now).IsSuccess.ShouldBeTrue();
        _bookings.Add(_booking);

        var error = (await Reschedule(10, TestData.BookedDate.AddDays(1))).ShouldFailWith(IdentityDocumentValidity.DocumentExpiresCode);

        error.Message.ShouldContain("2026-12-02");
        error.Message.ShouldContain("is valid until 2026-12-01");
        _booking.Interval.ShouldBe(At(10));
        await _ledger.DidNotReceiveWithAnyArgs().TryReserveAsync(default!, default!, default, default);
        _kept.ShouldHaveSingleItem().ShouldBeOfType<VerificationRecord>().Decision.ShouldBe(VerificationDecision.Refused);
    }

    private BookedInterval At(int hour) => TestData.Interval(_dostyk, TestData.BookedDate, hour);

    private void List(PriorityListKind kind, params PriorityListEntry[] entries)
    {
        var list = _priorityLists.SingleOrDefault(l => l.Id == kind) ?? PriorityList.Open(kind);
        if (!_priorityLists.Contains(list))
        {
            _priorityLists.Add(list);
        }

        _priorityListVersions.Add(list.Upload(entries, AccountId.New(), null, TestData.Now).ShouldSucceed());
    }

    [Fact]
    public async Task R6_a_reschedule_after_the_vehicle_left_the_list_is_refused_and_leaves_the_booking_as_it_was()
    {
        _bookings.Clear();
        _booking = TestData.Confirmed(_owner, _dostyk, priority: PriorityCategory.DesignatedPostalOperator);
        _bookings.Add(_booking);
        var truck = TestData.Truck();
        List(PriorityListKind.PostalOperator, PriorityListEntry.Create(truck.CountryOfRegistration, truck.Plate, truck.Vin).Value);
        (await Reschedule(11)).ShouldSucceed().Interval.Start.ShouldBe("11:00");

        // The registrar uploads a list without the truck.
        List(PriorityListKind.PostalOperator, PriorityListEntry.Create(truck.CountryOfRegistration, Domain.Vehicles.PlateNumber.Create("555XYZ02").Value, null).Value);
        _ledger.ClearReceivedCalls();
        _verification.ClearReceivedCalls();

        var error = (await Reschedule(12)).ShouldFailWith("priority-grounds-not-proved");

        error.Rule.ShouldBe("R6");
        _booking.Interval.ShouldBe(At(11));
        _booking.ReschedulesUsed.ShouldBe(1);
        await _ledger.DidNotReceiveWithAnyArgs().TryReserveAsync(default!, default!, default, default);
        await _verification.DidNotReceiveWithAnyArgs().VerifyAsync(default!, default!, default);
    }

    [Fact]
    public async Task R28_the_first_two_reschedules_are_free_take_the_new_interval_and_release_the_old()
    {
        var first = (await Reschedule(11)).ShouldSucceed();

        first.Interval.Start.ShouldBe("11:00");
        first.FreeReschedulesLeft.ShouldBe(1);
        await _ledger.Received(1).TryReserveAsync(_dostyk, At(11), false, Arg.Any<CancellationToken>());
        await _ledger.Received(1).ReleaseAsync(_dostyk.Id, At(10), false, Arg.Any<CancellationToken>());

        var second = (await Reschedule(12)).ShouldSucceed();

        second.Interval.Start.ShouldBe("12:00");
        second.FreeReschedulesLeft.ShouldBe(0);
        second.AmountDue.ShouldBeNull();
        await _ledger.Received(1).TryReserveAsync(_dostyk, At(12), false, Arg.Any<CancellationToken>());
        await _ledger.Received(1).ReleaseAsync(_dostyk.Id, At(11), false, Arg.Any<CancellationToken>());
        await _ledger.Received(2).ReleaseAsync(Arg.Any<CheckpointCode>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task R28_the_third_reschedule_is_held_until_its_fee_is_paid_and_the_old_interval_is_kept()
    {
        (await Reschedule(11)).ShouldSucceed();
        (await Reschedule(12)).ShouldSucceed();
        _ledger.ClearReceivedCalls();

        var third = (await Reschedule(13)).ShouldSucceed();

        third.Interval.Start.ShouldBe("12:00");
        third.ReschedulesUsed.ShouldBe(2);
        third.PendingReschedule.ShouldNotBeNull();
        third.PendingReschedule.Interval.Start.ShouldBe("13:00");
        third.PendingReschedule.Fee.Amount.ShouldBe(TestData.RescheduleFee.Amount);
        third.PendingReschedule.HoldExpiresAt.ShouldBe(TestData.Now.AddMinutes(15));
        third.AmountDue.ShouldNotBeNull().Amount.ShouldBe(TestData.RescheduleFee.Amount);
        await _ledger.Received(1).TryReserveAsync(_dostyk, At(13), false, Arg.Any<CancellationToken>());
        await _ledger.DidNotReceiveWithAnyArgs().ReleaseAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task R28_a_second_paid_reschedule_waits_for_the_pending_one()
    {
        (await Reschedule(11)).ShouldSucceed();
        (await Reschedule(12)).ShouldSucceed();
        (await Reschedule(13)).ShouldSucceed();
        _ledger.ClearReceivedCalls();

        var result = await Reschedule(14);

        result.ShouldFailWith("reschedule-pending");
        await _ledger.DidNotReceiveWithAnyArgs().TryReserveAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task R22_slot_full_leaves_the_booking_where_it_was()
    {
        _ledger.TryReserveAsync(Arg.Any<Checkpoint>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(Substitutes.SlotFull);

        var result = await Reschedule(11);

        result.ShouldFailWith("slot-full");
        _booking.Interval.ShouldBe(At(10));
        _booking.ReschedulesUsed.ShouldBe(0);
        await _ledger.DidNotReceiveWithAnyArgs().ReleaseAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task R22_reschedule_beyond_the_horizon_is_refused_before_capacity_is_reserved()
    {
        var result = await Reschedule(10, TestData.Today.AddDays(91));

        result.ShouldFailWith("beyond-booking-horizon");
        await _ledger.DidNotReceiveWithAnyArgs().TryReserveAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task Another_owners_booking_is_not_found()
    {
        _caller = TestData.User(email: "stranger@example.kz").Id;

        var result = await Reschedule(11);

        result.ShouldFailWith("booking-not-found");
        await _ledger.DidNotReceiveWithAnyArgs().TryReserveAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task R20_rescheduling_re_runs_the_checks_for_the_new_date_with_the_bookings_owner_vehicle_drivers_and_cargo()
    {
        VerificationSubject? subject = null;
        IReadOnlyList<CheckRequirement>? asked = null;
        _verification.VerifyAsync(Arg.Any<VerificationSubject>(), Arg.Any<IReadOnlyList<CheckRequirement>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                subject = call.Arg<VerificationSubject>();
                asked = call.Arg<IReadOnlyList<CheckRequirement>>();
                return Substitutes.Answer(asked, _ => CheckVerdict.Passed);
            });
        var newDate = TestData.BookedDate.AddDays(3);

        (await Reschedule(11, newDate)).ShouldSucceed();

        subject.ShouldNotBeNull().BookedDate.ShouldBe(newDate);
        subject.Owner.ShouldBe(_booking.Owner);
        subject.Vehicle.ShouldBe(_booking.Vehicle);
        subject.Drivers.ShouldBe(_booking.Drivers);
        subject.Cargo.ShouldBe(_booking.Cargo);
        asked.ShouldNotBeNull().Count.ShouldBe(18);
        var record = _records.ShouldHaveSingleItem();
        record.Purpose.ShouldBe(VerificationPurpose.Reschedule);
        record.Decision.ShouldBe(VerificationDecision.Booked);
        record.CheckedDate.ShouldBe(newDate);
        record.BookingId.ShouldBe(_booking.Id);
    }

    [Fact]
    public async Task R20_a_refused_reschedule_keeps_the_booking_and_its_capacity_and_is_recorded()
    {
        _verification = Substitutes.Verification(check => check == RegistryCheck.TechnicalInspection ? CheckVerdict.Failed : CheckVerdict.Passed);

        var result = await Reschedule(11);

        result.ShouldFailWith("checks-refused").Errors.ShouldNotBeNull().Keys.ShouldBe(["check14"]);
        _booking.Interval.ShouldBe(At(10));
        _booking.ReschedulesUsed.ShouldBe(0);
        await _ledger.DidNotReceiveWithAnyArgs().TryReserveAsync(default!, default!, default, default);
        await _ledger.DidNotReceiveWithAnyArgs().ReleaseAsync(default!, default!, default, default);
        var record = _kept.ShouldHaveSingleItem().ShouldBeOfType<VerificationRecord>();
        record.Purpose.ShouldBe(VerificationPurpose.Reschedule);
        record.Decision.ShouldBe(VerificationDecision.Refused);
        record.BookingId.ShouldBe(_booking.Id);
    }

    [Fact]
    public async Task R20_a_reschedule_to_a_date_after_the_insurance_expires_is_refused()
    {
        _verification.VerifyAsync(Arg.Any<VerificationSubject>(), Arg.Any<IReadOnlyList<CheckRequirement>>(), Arg.Any<CancellationToken>())
            .Returns(call => (IReadOnlyList<CheckOutcome>)[.. Substitutes.Answer(call.Arg<IReadOnlyList<CheckRequirement>>(), _ => CheckVerdict.Passed)
                .Select(o => o.Check == RegistryCheck.LiabilityInsurance ? o with { ValidUntil = TestData.BookedDate.AddDays(1) } : o)]);

        var result = await Reschedule(10, TestData.BookedDate.AddDays(2));

        result.ShouldFailWith("document-expires-before-booked-date").Errors.ShouldNotBeNull().Keys.ShouldBe(["check8"]);
        _booking.Interval.ShouldBe(At(10));
        await _ledger.DidNotReceiveWithAnyArgs().TryReserveAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task R19_2_a_reschedule_with_toll_road_debt_moves_and_notifies()
    {
        _verification = Substitutes.Verification(check => check == RegistryCheck.NoTollRoadDebt ? CheckVerdict.Failed : CheckVerdict.Passed);

        var dto = (await Reschedule(11)).ShouldSucceed();

        dto.Interval.Start.ShouldBe("11:00");
        dto.Notices.ShouldHaveSingleItem().Check.ShouldBe(17);
        _notifications.ShouldHaveSingleItem().Recipient.ShouldBe(_owner.Id);
    }

    [Fact]
    public async Task R20_a_reschedule_the_handler_refuses_anyway_asks_no_registry()
    {
        _caller = TestData.User(email: "stranger@example.kz").Id;

        (await Reschedule(11)).ShouldFailWith("booking-not-found");

        await _verification.DidNotReceiveWithAnyArgs().VerifyAsync(default!, default!, default);
        _kept.ShouldBeEmpty();
    }
}
