using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Seo.Application.Bookings.Create;
using Seo.Application.Common.Behaviours;
using Seo.Application.Common.Ports;
using Seo.Application.Verification.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;
using Seo.Domain.Identity;
using Seo.Domain.Common;
using Seo.Domain.Notifications;
using Seo.Domain.Payments;
using Seo.Domain.PriorityLists;
using Seo.Domain.Verification;
using Seo.Domain.Vehicles;

namespace Seo.Application.Tests.Bookings;

public sealed class CreateBookingHandlerTests
{
    private static readonly RegistryCheck[] NonResidentChecks =
    [
        RegistryCheck.UserAccountExists, RegistryCheck.VehicleNotWanted, RegistryCheck.DriverNotWanted, RegistryCheck.LiabilityInsurance,
        RegistryCheck.NoUnpaidFines, RegistryCheck.TechnicalInspection, RegistryCheck.VeterinaryPhytosanitaryCertificates,
        RegistryCheck.CustomsDeclarations, RegistryCheck.NoTollRoadDebt, RegistryCheck.MovementAndWeighingRecords,
    ];

    private readonly Checkpoint _dostyk = TestData.Dostyk();
    private readonly List<Booking> _bookings = [];
    private readonly IRepository<Booking> _bookingRepository;
    private readonly FakeTimeProvider _clock = TestData.Clock();
    private Account _account = TestData.User();
    private ICapacityLedger _ledger = Substitutes.Ledger();
    private IAvailabilityReadModel _readModel = Substitutes.ReadModel();
    private IVehicleVerification _verification = Substitutes.Verification();
    private int _firstFreeAttempts = 20;

    /// <summary>
    /// Booking never closes ahead of an interval here, so that the first-free tests can start from
    /// today's intervals; the R29 closing lead is tested on its own below.
    /// </summary>
    private JourneyPolicy _journey = new(TimeSpan.Zero, JourneyPolicy.MinimumReminderLead, TimeSpan.FromMinutes(30), TimeSpan.FromHours(24), CallSeasonCalendar.Default);
    private readonly List<PriorityList> _priorityLists = [];
    private readonly List<PriorityListVersion> _priorityListVersions = [];
    private readonly List<VerificationRecord> _records = [];
    private readonly List<Notification> _notifications = [];
    private readonly List<object> _kept = [];
    private readonly List<DispatcherGrant> _grants = [];

    public CreateBookingHandlerTests() => _bookingRepository = Substitutes.Repository(_bookings);

    /// <summary>The registry checks ahead of the handler, as the pipeline runs them (without the transaction).</summary>
    private async Task<Result<Application.Bookings.Common.BookingDto>> Handle(CreateBooking command, bool askRegistries = true)
    {
        var outcome = await HandleOutcome(command, askRegistries);
        return outcome.IsSuccess ? outcome.Value.Booking! : outcome.Error;
    }

    private async Task<Result<BookingRequestOutcome>> HandleOutcome(CreateBooking command, bool askRegistries)
    {
        var accounts = Substitutes.Repository(new List<Account> { _account });
        var checkpoints = Substitutes.Repository(new List<Checkpoint> { _dostyk });
        var user = Substitutes.CurrentUser(_account.Id);
        var run = new VerificationRun();
        var priorityGrounds = new PriorityGrounds(Substitutes.Repository(_priorityLists), Substitutes.Repository(_priorityListVersions));
        var owners = new BookingOwnerAccount(accounts, Substitutes.Access(_bookingRepository, user, _grants), user);
        var catalog = new Application.Checkpoints.CheckpointCatalog(checkpoints, new Application.Checkpoints.CheckpointCatalog.Snapshot(), _clock);
        var eligibility = new CreateBookingEligibility(owners, catalog, checkpoints, priorityGrounds, _journey);
        var handler = new CreateBookingHandler(
            eligibility,
            _bookingRepository,
            _ledger,
            Substitutes.Availability(_readModel, _ledger),
            Substitutes.NoCaps(_bookingRepository),
            Substitutes.NoDraws(run),
            Substitutes.Repository(_records),
            Substitutes.Repository(_notifications),
            run,
            Substitutes.UnitOfWork(_kept),
            TestData.Tariff(),
            TestData.Options(_firstFreeAttempts),
            _journey,
            _clock);
        var checks = new RegistryChecksBehavior<CreateBooking, Result<BookingRequestOutcome>>(
            new CreateBookingChecks(eligibility, _bookingRepository, user, _clock), _verification, run, Substitutes.UnitOfWork(_kept), _clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<RegistryChecksBehavior<CreateBooking, Result<BookingRequestOutcome>>>.Instance);
        return askRegistries
            ? await checks.Handle(command, (message, token) => handler.Handle(message, token), CancellationToken.None)
            : await handler.Handle(command, CancellationToken.None);
    }

    /// <summary>The command with its one driver's identity document valid through <paramref name="expiresOn"/>.</summary>
    private static CreateBooking WithDocumentUntil(CreateBooking command, DateOnly expiresOn) =>
        command with { Drivers = [TestData.DriverInput() with { Document = TestData.DriverInput().Document! with { ExpiresOn = expiresOn } }] };

    /// <summary>The read model shows every interval of <paramref name="date"/> full.</summary>
    private void FullDay(DateOnly date) =>
        _readModel = Substitutes.ReadModel([.. _dostyk.Capacity.IntervalStarts()
            .Select(start => new SlotCount("DOSTYK", date, start.Hour * 60 + start.Minute, 20, 20, 0, 20))]);

    [Fact]
    public async Task R20_a_drivers_identity_document_expiring_before_the_booked_date_refuses_naming_it_and_both_dates()
    {
        var result = await Handle(WithDocumentUntil(TestData.Create(), TestData.BookedDate.AddDays(-1)));

        var error = result.ShouldFailWith(IdentityDocumentValidity.DocumentExpiresCode);
        error.Kind.ShouldBe(ErrorKind.ChecksRefused);
        error.Message.ShouldContain("2026-12-01");
        error.Message.ShouldContain("045123456 is valid until 2026-11-30");
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["drivers[0].document.expiresOn"]);
        _kept.ShouldHaveSingleItem().ShouldBeOfType<VerificationRecord>().Decision.ShouldBe(VerificationDecision.Refused);
        NothingWasReserved();
    }

    [Fact]
    public async Task R20_a_drivers_identity_document_valid_through_the_booked_date_books()
    {
        (await Handle(WithDocumentUntil(TestData.Create(), TestData.BookedDate))).ShouldSucceed();
    }

    [Fact]
    public async Task R16_1_R20_first_free_is_bounded_by_the_earliest_drivers_document_expiry()
    {
        FullDay(TestData.Today);

        var result = await Handle(WithDocumentUntil(TestData.CreateFirstFree(TestData.Now), TestData.Today));

        var error = result.ShouldFailWith(VerificationErrors.NoFreeIntervalWhileValidCode);
        error.Message.ShouldContain("045123456 is valid until 2026-11-25");
        await _ledger.DidNotReceive().TryReserveAsync(
            Arg.Any<Checkpoint>(), Arg.Is<BookedInterval>(i => i.Date > TestData.Today), Arg.Any<bool>(), Arg.Any<CancellationToken>());
        _bookings.ShouldBeEmpty();
    }

    [Fact]
    public async Task R20_first_free_with_a_drivers_document_already_expired_is_refused()
    {
        var result = await Handle(WithDocumentUntil(TestData.CreateFirstFree(TestData.Now), TestData.Today.AddDays(-1)));

        result.ShouldFailWith(IdentityDocumentValidity.DocumentExpiresCode);
        NothingWasReserved();
    }

    [Fact]
    public async Task R20_a_first_free_booking_is_recorded_against_the_booked_date_not_the_first_day_searched()
    {
        FullDay(TestData.Today);

        var dto = (await Handle(TestData.CreateFirstFree(TestData.Now))).ShouldSucceed();

        dto.Interval.Date.ShouldBe(TestData.Today.AddDays(1));
        _records.ShouldHaveSingleItem().CheckedDate.ShouldBe(TestData.Today.AddDays(1));
    }

    [Fact]
    public async Task R20_a_handler_past_its_guards_without_answers_after_a_race_asks_for_a_retry_not_an_outage()
    {
        // The pre-transaction read expected a refusal (so no registry was asked), but a concurrent
        // change lifted it before the transaction: there is nothing to decide on.
        var result = await Handle(TestData.Create(), askRegistries: false);

        var error = result.ShouldFailWith("concurrent-change");
        error.Kind.ShouldBe(ErrorKind.Conflict);
        NothingWasReserved();
    }

    private void NothingWasReserved()
    {
        _ledger.DidNotReceiveWithAnyArgs().TryReserveAsync(default!, default!, default, default);
        _bookingRepository.DidNotReceiveWithAnyArgs().AddAsync(default!, default);
        _bookings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Booking_a_given_interval_reserves_it_and_issues_an_unpaid_booking_with_the_ledgers_sequence_number()
    {
        var result = await Handle(TestData.Create());

        var dto = result.ShouldSucceed();
        dto.Status.ShouldBe(BookingStatus.AwaitingPayment);
        dto.Checkpoint.ShouldBe("DOSTYK");
        dto.Interval.Date.ShouldBe(TestData.BookedDate);
        dto.Interval.Start.ShouldBe("10:00");
        dto.SequenceNumber.ShouldBe(1);
        dto.Number.ShouldBe("DOSTYK-20261201-0001");
        dto.Fee.Amount.ShouldBe(TestData.BookingFee.Amount);
        dto.HoldExpiresAt.ShouldBe(TestData.Now.AddMinutes(15));
        dto.Owner.AccountId.ShouldBe(_account.Id.Value);
        await _ledger.Received(1).TryReserveAsync(
            _dostyk, Arg.Is<BookedInterval>(i => i.Date == TestData.BookedDate && i.Start == new TimeOnly(10, 0)), false, Arg.Any<CancellationToken>());
        _bookings.ShouldHaveSingleItem().Id.Value.ShouldBe(dto.Id);
    }

    [Fact]
    public async Task R21_vin_with_an_active_booking_is_refused_before_any_capacity_is_reserved()
    {
        _bookings.Add(TestData.AwaitingPayment(TestData.User(email: "other@example.kz"), _dostyk, plate: "777ZZZ01"));

        var result = await Handle(TestData.Create());

        var error = result.ShouldFailWith("vehicle-has-active-booking");
        error.Rule.ShouldBe("R21");
        await _ledger.DidNotReceiveWithAnyArgs().TryReserveAsync(default!, default!, default, default);
        await _verification.DidNotReceiveWithAnyArgs().VerifyAsync(default!, default!, default);
        await _bookingRepository.DidNotReceiveWithAnyArgs().AddAsync(default!, default);
    }

    [Fact]
    public async Task R21_plate_with_an_active_booking_under_another_vin_is_refused_before_any_capacity_is_reserved()
    {
        _bookings.Add(TestData.AwaitingPayment(TestData.User(email: "other@example.kz"), _dostyk, vin: TestData.OtherVin));

        var result = await Handle(TestData.Create());

        result.ShouldFailWith("vehicle-has-active-booking");
        await _ledger.DidNotReceiveWithAnyArgs().TryReserveAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task R21_vehicle_whose_earlier_booking_was_cancelled_may_book_again()
    {
        var earlier = TestData.AwaitingPayment(_account, _dostyk);
        earlier.Cancel(TestData.Now).IsSuccess.ShouldBeTrue();
        _bookings.Add(earlier);

        var result = await Handle(TestData.Create());

        result.ShouldSucceed();
        _bookings.Count.ShouldBe(2);
    }

    [Fact]
    public async Task R22_interval_beyond_the_90_day_horizon_is_refused_before_capacity_is_reserved()
    {
        var result = await Handle(TestData.Create(date: TestData.Today.AddDays(91)));

        result.ShouldFailWith("beyond-booking-horizon").Rule.ShouldBe("R22");
        NothingWasReserved();
    }

    [Fact]
    public async Task R22_the_90th_day_ahead_is_still_bookable()
    {
        var result = await Handle(TestData.Create(date: TestData.Today.AddDays(90)));

        result.ShouldSucceed().Interval.Date.ShouldBe(new DateOnly(2027, 2, 23));
    }

    [Fact]
    public async Task R22_interval_that_has_already_ended_is_refused_before_capacity_is_reserved()
    {
        var result = await Handle(TestData.Create(date: TestData.Today, start: "07:00"));

        result.ShouldFailWith("interval-in-the-past");
        NothingWasReserved();
    }

    [Fact]
    public async Task R20_start_that_does_not_begin_an_interval_is_refused_before_capacity_is_reserved()
    {
        var result = await Handle(TestData.Create(start: "10:30"));

        result.ShouldFailWith("interval-not-offered");
        NothingWasReserved();
    }

    public static TheoryData<string, string> RefusedByTheEligibilityList => new()
    {
        { "unknown checkpoint", "checkpoint-not-found" },
        { "R3 a passenger car", "vehicle-kind-not-bookable" },
        { "R22 a past day", "interval-in-the-past" },
        { "trailer plate missing", "trailer-plate-required" },
    };

    [Theory]
    [MemberData(nameof(RefusedByTheEligibilityList))]
    public async Task A_request_the_eligibility_list_refuses_asks_no_registry_and_the_handler_refuses_it_for_the_same_reason(string refusal, string code)
    {
        var command = refusal switch
        {
            "unknown checkpoint" => TestData.Create() with { Checkpoint = "NOWHERE" },
            "R3 a passenger car" => TestData.Create() with { Vehicle = TestData.VehicleInput() with { Kind = VehicleKind.PassengerCar } },
            "R22 a past day" => TestData.Create(date: TestData.Today.AddDays(-1)),
            _ => TestData.Create() with { Vehicle = TestData.VehicleInput() with { Kind = VehicleKind.TruckWithTrailer } },
        };

        var result = await Handle(command);

        // Its own reason, not "concurrent-change": the list before the transaction and the one inside it agree.
        result.ShouldFailWith(code);
        await _verification.DidNotReceiveWithAnyArgs().VerifyAsync(default!, default!, default);
        NothingWasReserved();
    }

    [Fact]
    public async Task R27_account_with_an_unpaid_debt_is_refused_before_checks_and_capacity()
    {
        _account.RecordDebt(Money.Kzt(1_000m), "unpaid toll", TestData.Now).IsSuccess.ShouldBeTrue();

        var result = await Handle(TestData.Create());

        result.ShouldFailWith("account-blocked-for-debt").Rule.ShouldBe("R27");
        await _verification.DidNotReceiveWithAnyArgs().VerifyAsync(default!, default!, default);
        NothingWasReserved();
    }

    [Fact]
    public async Task R27_account_whose_debt_was_paid_in_full_books_again()
    {
        _account.RecordDebt(Money.Kzt(1_000m), "unpaid toll", TestData.Now).IsSuccess.ShouldBeTrue();
        _account.SettleDebt(Money.Kzt(1_000m), TestData.Now).IsSuccess.ShouldBeTrue();

        var result = await Handle(TestData.Create());

        result.ShouldSucceed();
    }

    [Fact]
    public async Task Staff_accounts_do_not_book()
    {
        _account = Account.CreateStaff(
            AccountId.New(), Role.Officer, Domain.Identity.EmailAddress.Create("officer@example.kz").Value, "hash", "Officer", TestData.Now);

        var result = await Handle(TestData.Create());

        result.ShouldFailWith("not-a-booking-account");
        NothingWasReserved();
    }

    [Fact]
    public async Task R19_2_resident_is_checked_against_all_18_with_10_and_17_as_notices_only()
    {
        IReadOnlyList<CheckRequirement>? asked = null;
        VerificationSubject? subject = null;
        _verification.VerifyAsync(Arg.Any<VerificationSubject>(), Arg.Any<IReadOnlyList<CheckRequirement>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                subject = call.Arg<VerificationSubject>();
                asked = call.Arg<IReadOnlyList<CheckRequirement>>();
                return Substitutes.Answer(asked, _ => CheckVerdict.Passed);
            });

        (await Handle(TestData.Create())).ShouldSucceed();

        asked.ShouldNotBeNull();
        asked.Select(r => (int)r.Check).OrderBy(c => c).ShouldBe(Enumerable.Range(1, 18));
        asked.Where(r => r.Effect == CheckEffect.NoticeOnly).Select(r => r.Check)
            .ShouldBe([RegistryCheck.NoUnpaidFines, RegistryCheck.NoTollRoadDebt], ignoreOrder: true);
        subject.ShouldNotBeNull();
        subject.Owner.AccountId.ShouldBe(_account.Id);
        subject.Vehicle.Vin.Value.ShouldBe(TestData.Vin);
        subject.BookedDate.ShouldBe(TestData.BookedDate);
        subject.Drivers.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task R19_1_non_resident_is_checked_against_exactly_1_4_5_8_10_14_15_16_17_18_each_blocking()
    {
        _account = TestData.User(TestData.NonResidentCompany);
        IReadOnlyList<CheckRequirement>? asked = null;
        _verification.VerifyAsync(Arg.Any<VerificationSubject>(), Arg.Any<IReadOnlyList<CheckRequirement>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                asked = call.Arg<IReadOnlyList<CheckRequirement>>();
                return Substitutes.Answer(asked, _ => CheckVerdict.Passed);
            });

        (await Handle(TestData.Create())).ShouldSucceed();

        asked.ShouldNotBeNull();
        asked.Select(r => r.Check).ShouldBe(NonResidentChecks, ignoreOrder: true);
        asked.ShouldAllBe(r => r.Effect == CheckEffect.Blocking);
    }

    [Fact]
    public async Task R20_a_blocking_check_failure_refuses_the_booking_with_its_reason_and_reserves_nothing()
    {
        _verification = Substitutes.Verification(check => check == RegistryCheck.VehicleNotWanted ? CheckVerdict.Failed : CheckVerdict.Passed);

        var result = await Handle(TestData.Create());

        var error = result.ShouldFailWith("checks-refused");
        error.Kind.ShouldBe(ErrorKind.ChecksRefused);
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["check4"]);
        NothingWasReserved();
    }

    [Fact]
    public async Task R19_1_non_resident_failing_unpaid_fines_is_refused()
    {
        _account = TestData.User(TestData.NonResidentCompany);
        _verification = Substitutes.Verification(check => check == RegistryCheck.NoUnpaidFines ? CheckVerdict.Failed : CheckVerdict.Passed);

        var result = await Handle(TestData.Create());

        result.ShouldFailWith("checks-refused").Errors.ShouldNotBeNull().Keys.ShouldBe(["check10"]);
        NothingWasReserved();
    }

    [Fact]
    public async Task R19_2_resident_failing_unpaid_fines_or_toll_debt_is_still_booked()
    {
        _verification = Substitutes.Verification(check =>
            check is RegistryCheck.NoUnpaidFines or RegistryCheck.NoTollRoadDebt ? CheckVerdict.Failed : CheckVerdict.Passed);

        var result = await Handle(TestData.Create());

        result.ShouldSucceed().Status.ShouldBe(BookingStatus.AwaitingPayment);
        await _ledger.ReceivedWithAnyArgs(1).TryReserveAsync(default!, default!, default, default);
        _bookings.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task R20_an_unavailable_registry_never_passes_and_nothing_is_reserved()
    {
        _verification = Substitutes.Verification(check => check == RegistryCheck.LiabilityInsurance ? CheckVerdict.Unavailable : CheckVerdict.Passed);

        var result = await Handle(TestData.Create());

        result.ShouldFailWith("registry-unavailable");
        NothingWasReserved();
    }

    [Fact]
    public async Task R20_a_check_the_registry_did_not_answer_at_all_is_treated_as_unavailable()
    {
        _verification.VerifyAsync(Arg.Any<VerificationSubject>(), Arg.Any<IReadOnlyList<CheckRequirement>>(), Arg.Any<CancellationToken>())
            .Returns(call => Substitutes.Answer(
                [.. call.Arg<IReadOnlyList<CheckRequirement>>().Where(r => r.Check != RegistryCheck.CustomsDeclarations)], _ => CheckVerdict.Passed));

        var result = await Handle(TestData.Create());

        result.ShouldFailWith("registry-unavailable");
        NothingWasReserved();
    }

    [Fact]
    public async Task R22_slot_full_from_the_ledger_is_returned_and_no_booking_is_added()
    {
        _ledger.TryReserveAsync(Arg.Any<Checkpoint>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(Substitutes.SlotFull);

        var result = await Handle(TestData.Create());

        result.ShouldFailWith("slot-full");
        await _bookingRepository.DidNotReceiveWithAnyArgs().AddAsync(default!, default);
    }

    [Fact]
    public async Task R16_1_first_free_skips_intervals_the_read_model_shows_full()
    {
        // 09:00 local: the 09:00 interval is still running and so still offered; 09:00 and 10:00 are full.
        _readModel = Substitutes.ReadModel(
            new SlotCount("DOSTYK", TestData.Today, 9 * 60, 20, 20, 0, 20),
            new SlotCount("DOSTYK", TestData.Today, 10 * 60, 20, 20, 0, 20),
            new SlotCount("DOSTYK", TestData.Today, 11 * 60, 20, 19, 0, 19));

        var result = await Handle(TestData.CreateFirstFree(TestData.Now));

        var dto = result.ShouldSucceed();
        dto.Interval.Date.ShouldBe(TestData.Today);
        dto.Interval.Start.ShouldBe("11:00");
        await _ledger.Received(1).TryReserveAsync(Arg.Any<Checkpoint>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>());
        await _ledger.DidNotReceiveWithAnyArgs().FullIntervalsAsync(default!, default, default, default);
    }

    [Fact]
    public async Task R16_1_first_free_uses_the_ledger_to_skip_full_intervals_while_the_read_model_is_unreachable()
    {
        _readModel.ReadAsync(Arg.Any<string>(), Arg.Any<DateOnly>(), Arg.Any<DateOnly>(), Arg.Any<CancellationToken>())
            .Returns<IReadOnlyList<SlotCount>>(_ => throw new ReadModelUnavailableException("down"));
        _ledger.FullIntervalsAsync(_dostyk.Id, TestData.Today, TestData.Today.AddDays(90), Arg.Any<CancellationToken>())
            .Returns(new HashSet<(DateOnly Date, TimeOnly Start)> { (TestData.Today, new TimeOnly(9, 0)), (TestData.Today, new TimeOnly(10, 0)) });

        var result = await Handle(TestData.CreateFirstFree(TestData.Now));

        result.ShouldSucceed().Interval.Start.ShouldBe("11:00");
        await _ledger.Received(1).TryReserveAsync(Arg.Any<Checkpoint>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task R16_1_first_free_from_a_stale_read_model_tries_the_next_interval_when_the_ledger_refuses()
    {
        // The read model has not seen 09:00 fill up: the ledger refuses it and the search goes on.
        var tried = new List<TimeOnly>();
        _ledger.TryReserveAsync(Arg.Any<Checkpoint>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                tried.Add(call.Arg<BookedInterval>().Start);
                return tried.Count == 1 ? Substitutes.SlotFull : Result<int>.Success(7);
            });

        var result = await Handle(TestData.CreateFirstFree(TestData.Now));

        result.ShouldSucceed().Interval.Start.ShouldBe("10:00");
        tried.ShouldBe([new TimeOnly(9, 0), new TimeOnly(10, 0)]);
    }

    [Fact]
    public async Task R16_1_first_free_never_offers_an_interval_that_has_ended()
    {
        var result = await Handle(TestData.CreateFirstFree(TestData.Now.AddDays(-3)));

        var dto = result.ShouldSucceed();
        dto.Interval.Date.ShouldBe(TestData.Today);
        dto.Interval.Start.ShouldBe("09:00");
    }

    [Fact]
    public async Task R29_first_free_offers_only_intervals_still_open_for_booking()
    {
        _journey = JourneyPolicy.Default;

        var dto = (await Handle(TestData.CreateFirstFree(TestData.Now))).ShouldSucceed();

        // Now is 25 Nov 09:00; booking closes 25 h ahead, so 26 Nov 10:00 has just closed and 11:00 is the first open interval.
        dto.Interval.Date.ShouldBe(TestData.Today.AddDays(1));
        dto.Interval.Start.ShouldBe("11:00");
    }

    [Fact]
    public async Task R29_an_interval_whose_booking_has_closed_is_refused_and_nothing_is_reserved()
    {
        _journey = JourneyPolicy.Default;

        var error = (await Handle(TestData.Create(date: TestData.Today.AddDays(1), start: "09:00"))).ShouldFailWith("interval-booking-closed");

        error.Rule.ShouldBe("R29");
        await _ledger.DidNotReceiveWithAnyArgs().TryReserveAsync(default!, default!, default, default);
    }

    [Fact]
    public async Task R16_1_first_free_walks_past_intervals_taken_by_others_at_the_same_moment()
    {
        var tried = new List<TimeOnly>();
        _ledger.TryReserveAsync(Arg.Any<Checkpoint>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                var interval = call.Arg<BookedInterval>();
                tried.Add(interval.Start);
                return interval.Start < new TimeOnly(12, 0) ? Substitutes.SlotFull : Result<int>.Success(5);
            });

        var result = await Handle(TestData.CreateFirstFree(TestData.Now.AddHours(1)));

        var dto = result.ShouldSucceed();
        dto.Interval.Start.ShouldBe("12:00");
        dto.SequenceNumber.ShouldBe(5);
        tried.ShouldBe([new TimeOnly(10, 0), new TimeOnly(11, 0), new TimeOnly(12, 0)]);
    }

    [Fact]
    public async Task R6_first_free_priority_request_moves_to_the_next_day_when_a_days_share_is_used_up()
    {
        var tried = new List<DateOnly>();
        _ledger.TryReserveAsync(Arg.Any<Checkpoint>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                var interval = call.Arg<BookedInterval>();
                tried.Add(interval.Date);
                return interval.Date == TestData.Today
                    ? Result<int>.Failure(CapacityErrors.PriorityQuotaExhausted)
                    : Result<int>.Success(1);
            });

        var result = await Handle(TestData.CreateFirstFree(TestData.Now, PriorityCategory.PaidExpedited));

        result.ShouldSucceed().Interval.Date.ShouldBe(TestData.Today.AddDays(1));
        tried.Count(d => d == TestData.Today).ShouldBe(1);
    }

    [Fact]
    public async Task R16_1_first_free_that_loses_races_asks_the_ledger_which_intervals_are_full_and_takes_the_first_free_one()
    {
        // The read model still shows today empty, but others took today's first intervals at the same moment.
        _firstFreeAttempts = 3;
        var open = _dostyk.Capacity.IntervalStarts().Where(start => BookedInterval.Create(_dostyk, TestData.Today, start).Value.EndsAt > TestData.Now).ToList();
        var takenByOthers = open.Take(5).Select(start => (TestData.Today, start)).ToHashSet();
        var tried = new List<TimeOnly>();
        _ledger.TryReserveAsync(Arg.Any<Checkpoint>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                var interval = call.Arg<BookedInterval>();
                tried.Add(interval.Start);
                return takenByOthers.Contains((interval.Date, interval.Start)) ? Substitutes.SlotFull : Result<int>.Success(1);
            });
        _ledger.FullIntervalsAsync(Arg.Any<CheckpointCode>(), Arg.Any<DateOnly>(), Arg.Any<DateOnly>(), Arg.Any<CancellationToken>())
            .Returns(takenByOthers);

        var result = await Handle(TestData.CreateFirstFree(TestData.Now));

        result.ShouldSucceed().Interval.Start.ShouldBe(open[5].ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        // Three races lost, then the ledger's own answer skips the other two full intervals.
        tried.Count.ShouldBe(4);
        await _ledger.Received(1).FullIntervalsAsync(_dostyk.Id, TestData.Today, Arg.Any<DateOnly>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task R16_1_first_free_is_refused_only_when_every_interval_in_range_is_full()
    {
        // Whatever the read model says, every interval up to the horizon is taken when the ledger looks.
        _firstFreeAttempts = 1_000_000;
        var lastDay = BookingHorizonRule.LastBookableDate(_dostyk, TestData.Now);
        var from = _dostyk.ToInstant(lastDay, TimeOnly.MinValue);
        var tried = 0;
        _ledger.TryReserveAsync(Arg.Any<Checkpoint>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(_ =>
            {
                tried++;
                return Substitutes.SlotFull;
            });

        var result = await Handle(TestData.CreateFirstFree(from));

        result.ShouldFailWith("no-free-interval");
        tried.ShouldBe(_dostyk.Capacity.IntervalStarts().Count());
        _bookings.ShouldBeEmpty();
    }

    [Fact]
    public async Task R16_1_first_free_from_beyond_the_horizon_is_refused_without_touching_the_ledger()
    {
        var result = await Handle(TestData.CreateFirstFree(TestData.Now.AddDays(120)));

        result.ShouldFailWith("beyond-booking-horizon");
        NothingWasReserved();
    }

    private static readonly CargoInput DeclaredGoods = new(false, "10702020/011226/0001234", null);
    private static readonly CargoInput ControlledGoods = new(true, "10702020/011226/0001234", "VET-KZ-2026-77");

    /// <summary>Uploads <paramref name="vehicles"/> as the next version of a list, as the registrar would.</summary>
    private void ListOnNextVersion(PriorityListKind kind, params Domain.Vehicles.Vehicle[] vehicles)
    {
        var list = _priorityLists.SingleOrDefault(l => l.Id == kind) ?? PriorityList.Open(kind);
        if (!_priorityLists.Contains(list))
        {
            _priorityLists.Add(list);
        }

        var entries = vehicles.Select(v => PriorityListEntry.Create(v.CountryOfRegistration, v.Plate, v.Vin).Value).ToList();
        _priorityListVersions.Add(list.Upload(entries, AccountId.New(), null, TestData.Now).ShouldSucceed());
    }

    private async Task ShouldBePriorityAsync(Result<Application.Bookings.Common.BookingDto> result, PriorityCategory ground)
    {
        result.ShouldSucceed().Priority.ShouldBe(ground);
        await _ledger.Received(1).TryReserveAsync(_dostyk, Arg.Any<BookedInterval>(), true, Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(PriorityCategory.LiveAnimals)]
    [InlineData(PriorityCategory.PerishableGoods)]
    public async Task R6_live_animals_and_perishable_goods_with_declaration_and_certificate_take_a_priority_place(PriorityCategory ground)
    {
        var result = await Handle(TestData.Create(priority: ground, cargo: ControlledGoods));

        await ShouldBePriorityAsync(result, ground);
        result.Value.Cargo.VeterinaryCertificate.ShouldBe("VET-KZ-2026-77");
    }

    [Theory]
    [InlineData(PriorityCategory.LiveAnimals, null)]
    [InlineData(PriorityCategory.LiveAnimals, "declaration only")]
    [InlineData(PriorityCategory.PerishableGoods, null)]
    [InlineData(PriorityCategory.PerishableGoods, "declaration only")]
    public async Task R6_live_animals_and_perishable_goods_without_their_papers_are_refused_before_capacity(PriorityCategory ground, string? cargo)
    {
        var result = await Handle(TestData.Create(priority: ground, cargo: cargo is null ? null : DeclaredGoods));

        var error = result.ShouldFailWith("priority-papers-missing");
        error.Rule.ShouldBe("R6");
        error.Kind.ShouldBe(ErrorKind.Validation);
        error.Errors.ShouldNotBeNull().Keys.ShouldContain("cargo.veterinaryCertificate");
        NothingWasReserved();
    }

    [Theory]
    [InlineData(PriorityCategory.DangerousGoods)]
    [InlineData(PriorityCategory.CustomsCodeArticle147)]
    public async Task R6_dangerous_and_article_147_goods_with_a_customs_declaration_take_a_priority_place(PriorityCategory ground)
    {
        await ShouldBePriorityAsync(await Handle(TestData.Create(priority: ground, cargo: DeclaredGoods)), ground);
    }

    [Theory]
    [InlineData(PriorityCategory.DangerousGoods)]
    [InlineData(PriorityCategory.CustomsCodeArticle147)]
    public async Task R6_dangerous_and_article_147_goods_without_a_customs_declaration_are_refused_before_capacity(PriorityCategory ground)
    {
        var result = await Handle(TestData.Create(priority: ground, cargo: new CargoInput(false, null, null)));

        result.ShouldFailWith("priority-papers-missing").Errors.ShouldNotBeNull().Keys.ShouldBe(["cargo.customsDeclaration"]);
        NothingWasReserved();
    }

    [Theory]
    [InlineData(PriorityCategory.DesignatedPostalOperator, PriorityListKind.PostalOperator)]
    [InlineData(PriorityCategory.AuthorisedEconomicOperator, PriorityListKind.AuthorisedEconomicOperators)]
    public async Task R6_a_vehicle_on_the_current_list_takes_a_priority_place_without_papers(PriorityCategory ground, PriorityListKind list)
    {
        ListOnNextVersion(list, TestData.Truck());

        await ShouldBePriorityAsync(await Handle(TestData.Create(priority: ground)), ground);
    }

    [Theory]
    [InlineData(PriorityCategory.DesignatedPostalOperator, PriorityListKind.PostalOperator, "postal-operator")]
    [InlineData(PriorityCategory.AuthorisedEconomicOperator, PriorityListKind.AuthorisedEconomicOperators, "authorised-economic-operators")]
    public async Task R6_a_vehicle_only_on_an_earlier_version_or_the_other_list_is_refused_naming_the_list(PriorityCategory ground, PriorityListKind list, string slug)
    {
        ListOnNextVersion(list, TestData.Truck());
        ListOnNextVersion(list, TestData.Truck(plate: "555XYZ02", vin: "1M8GDM9AXKP042799"));
        var other = list == PriorityListKind.PostalOperator ? PriorityListKind.AuthorisedEconomicOperators : PriorityListKind.PostalOperator;
        ListOnNextVersion(other, TestData.Truck());

        var result = await Handle(TestData.Create(priority: ground));

        var error = result.ShouldFailWith("priority-grounds-not-proved");
        error.Rule.ShouldBe("R6");
        error.Kind.ShouldBe(ErrorKind.Conflict);
        error.Details.ShouldNotBeNull()["list"].ShouldBe(slug);
        NothingWasReserved();
    }

    [Fact]
    public async Task R6_a_listed_vehicle_is_found_by_its_vin_or_by_its_plate_in_its_country()
    {
        var truck = TestData.Truck();
        var byVin = PriorityListEntry.Create(null, null, truck.Vin).Value;
        var byPlateElsewhere = PriorityListEntry.Create(CountryCode.Create("UZ").Value, truck.Plate, null).Value;
        var list = PriorityList.Open(PriorityListKind.PostalOperator);
        _priorityLists.Add(list);
        _priorityListVersions.Add(list.Upload([byPlateElsewhere], AccountId.New(), null, TestData.Now).ShouldSucceed());

        (await Handle(TestData.Create(priority: PriorityCategory.DesignatedPostalOperator))).ShouldFailWith("priority-grounds-not-proved");

        _priorityListVersions.Add(list.Upload([byVin], AccountId.New(), null, TestData.Now).ShouldSucceed());
        (await Handle(TestData.Create(priority: PriorityCategory.DesignatedPostalOperator))).ShouldSucceed();
    }

    [Fact]
    public async Task R6_a_listed_vin_under_another_plate_or_a_listed_plate_on_another_vin_proves_nothing()
    {
        var truck = TestData.Truck();
        var list = PriorityList.Open(PriorityListKind.PostalOperator);
        _priorityLists.Add(list);
        _priorityListVersions.Add(list.Upload(
            [
                PriorityListEntry.Create(truck.CountryOfRegistration, PlateNumber.Create("555XYZ02").Value, truck.Vin).Value,
                PriorityListEntry.Create(truck.CountryOfRegistration, truck.Plate, Vin.Create("1M8GDM9AXKP042799").Value).Value,
            ],
            AccountId.New(), null, TestData.Now).ShouldSucceed());

        (await Handle(TestData.Create(priority: PriorityCategory.DesignatedPostalOperator))).ShouldFailWith("priority-grounds-not-proved");
        NothingWasReserved();
    }

    [Fact]
    public async Task R6_an_entry_naming_an_operator_proves_priority_only_for_that_operators_bookings()
    {
        var truck = TestData.Truck();
        var operatorBin = Bin.Create(TestData.ValidBin).Value;
        var list = PriorityList.Open(PriorityListKind.AuthorisedEconomicOperators);
        _priorityLists.Add(list);
        _priorityListVersions.Add(list.Upload(
            [PriorityListEntry.Create(truck.CountryOfRegistration, truck.Plate, truck.Vin, operatorBin, "Demo Trans LLP").Value], AccountId.New(), null, TestData.Now).ShouldSucceed());

        // The default owner is an individual with another tax id: the operator's truck is not theirs to book with priority.
        (await Handle(TestData.Create(priority: PriorityCategory.AuthorisedEconomicOperator))).ShouldFailWith("priority-grounds-not-proved");
        NothingWasReserved();

        _account = TestData.User(OwnerProfile.Create(OwnerKind.LegalEntity, Residency.Resident, "Demo Trans LLP", null, TestData.ValidBin, TestData.Phone).Value);
        await ShouldBePriorityAsync(await Handle(TestData.Create(priority: PriorityCategory.AuthorisedEconomicOperator)), PriorityCategory.AuthorisedEconomicOperator);
    }

    [Fact]
    public async Task R6_paid_expedited_passage_takes_a_priority_place_and_adds_the_expedited_fee()
    {
        var result = await Handle(TestData.Create(priority: PriorityCategory.PaidExpedited));

        var dto = result.ShouldSucceed();
        dto.Priority.ShouldBe(PriorityCategory.PaidExpedited);
        dto.Fee.Amount.ShouldBe(TestData.BookingFee.Amount + TestData.ExpeditedFee.Amount);
        await _ledger.Received(1).TryReserveAsync(_dostyk, Arg.Any<BookedInterval>(), true, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task R6_exhausted_priority_quota_from_the_ledger_is_returned()
    {
        _ledger.TryReserveAsync(Arg.Any<Checkpoint>(), Arg.Any<BookedInterval>(), true, Arg.Any<CancellationToken>())
            .Returns(CapacityErrors.PriorityQuotaExhausted);

        var result = await Handle(TestData.Create(priority: PriorityCategory.PaidExpedited));

        result.ShouldFailWith("priority-quota-exhausted");
        _bookings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Unknown_checkpoint_is_not_found()
    {
        var result = await Handle(TestData.Create() with { Checkpoint = "NOWHERE" });

        result.ShouldFailWith("checkpoint-not-found");
        NothingWasReserved();
    }

    [Fact]
    public async Task R3_a_passenger_car_is_refused_with_a_reason()
    {
        var command = TestData.Create() with { Vehicle = TestData.VehicleInput() with { Kind = Domain.Vehicles.VehicleKind.PassengerCar } };

        var result = await Handle(command);

        result.IsSuccess.ShouldBeFalse();
        result.Error.Rule.ShouldBe("R3");
        NothingWasReserved();
    }

    /// <summary>Every check passes; <paramref name="check"/> passes with a term ending on <paramref name="validUntil"/>.</summary>
    private void DocumentValidUntil(RegistryCheck check, DateOnly validUntil) =>
        _verification.VerifyAsync(Arg.Any<VerificationSubject>(), Arg.Any<IReadOnlyList<CheckRequirement>>(), Arg.Any<CancellationToken>())
            .Returns(call => (IReadOnlyList<CheckOutcome>)[.. Substitutes.Answer(call.Arg<IReadOnlyList<CheckRequirement>>(), _ => CheckVerdict.Passed)
                .Select(o => o.Check == check ? o with { ValidUntil = validUntil, Reference = "POLICY-7" } : o)]);

    [Fact]
    public async Task R20_an_issued_booking_is_recorded_with_every_outcome_in_its_own_transaction()
    {
        var dto = (await Handle(TestData.Create())).ShouldSucceed();

        var record = _records.ShouldHaveSingleItem();
        record.Decision.ShouldBe(VerificationDecision.Booked);
        record.Purpose.ShouldBe(VerificationPurpose.NewBooking);
        record.BookingId.ShouldNotBeNull().Value.ShouldBe(dto.Id);
        record.RequestedBy.ShouldBe(_account.Id);
        record.CheckedDate.ShouldBe(TestData.BookedDate);
        record.VehicleVin.Value.ShouldBe(TestData.Vin);
        record.Outcomes.Select(o => (int)o.Check).ShouldBe(Enumerable.Range(1, 18));
        _kept.ShouldBeEmpty();
        dto.Notices.ShouldBeEmpty();
    }

    [Fact]
    public async Task R20_a_refusal_is_kept_in_the_audit_trail_after_its_rollback_and_the_answer_names_the_record()
    {
        _verification = Substitutes.Verification(check => check == RegistryCheck.LiabilityInsurance ? CheckVerdict.Failed : CheckVerdict.Passed);

        var error = (await Handle(TestData.Create())).ShouldFailWith("checks-refused");

        var record = _kept.ShouldHaveSingleItem().ShouldBeOfType<VerificationRecord>();
        record.Decision.ShouldBe(VerificationDecision.Refused);
        record.DecisionCode.ShouldBe("checks-refused");
        record.BookingId.ShouldBeNull();
        record.Outcomes.Single(o => o.Check == RegistryCheck.LiabilityInsurance).Verdict.ShouldBe(CheckVerdict.Failed);
        error.Details.ShouldNotBeNull()[RegistryChecksBehavior<CreateBooking, Result<BookingRequestOutcome>>.RecordMember].ShouldBe(record.Id.Value);
        error.Details[VerificationErrors.ChecksMember].ShouldBeAssignableTo<IReadOnlyList<CheckFinding>>().ShouldNotBeNull()
            .ShouldHaveSingleItem().ShouldBe(new CheckFinding(8, "LiabilityInsurance", "test registry", "LiabilityInsurance failed", null, null));
        _records.ShouldBeEmpty();
        NothingWasReserved();
    }

    [Fact]
    public async Task R20_an_unavailable_registry_is_kept_as_such_and_may_be_retried()
    {
        _verification = Substitutes.Verification(check => check == RegistryCheck.NoTaxDebt ? CheckVerdict.Unavailable : CheckVerdict.Passed);

        var error = (await Handle(TestData.Create())).ShouldFailWith("registry-unavailable");

        error.Kind.ShouldBe(ErrorKind.Unavailable);
        _kept.ShouldHaveSingleItem().ShouldBeOfType<VerificationRecord>().Decision.ShouldBe(VerificationDecision.RegistryUnavailable);
        NothingWasReserved();
    }

    [Fact]
    public async Task R20_checks_that_passed_for_a_request_stopped_later_are_kept_as_passed_but_not_booked()
    {
        _ledger.TryReserveAsync(Arg.Any<Checkpoint>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(Substitutes.SlotFull);

        (await Handle(TestData.Create())).ShouldFailWith("slot-full");

        var record = _kept.ShouldHaveSingleItem().ShouldBeOfType<VerificationRecord>();
        record.Decision.ShouldBe(VerificationDecision.PassedNotBooked);
        record.DecisionCode.ShouldBe("slot-full");
    }

    [Fact]
    public async Task R20_a_request_refused_for_its_own_reason_asks_no_registry_and_keeps_no_record()
    {
        var result = await Handle(TestData.Create() with { Checkpoint = "NOWHERE" });

        result.ShouldFailWith("checkpoint-not-found");
        await _verification.DidNotReceiveWithAnyArgs().VerifyAsync(default!, default!, default);
        _kept.ShouldBeEmpty();
        _records.ShouldBeEmpty();
    }

    [Fact]
    public async Task R19_2_failed_checks_10_and_17_of_a_resident_become_notices_in_the_answer_and_the_cabinet()
    {
        _verification = Substitutes.Verification(check =>
            check is RegistryCheck.NoUnpaidFines or RegistryCheck.NoTollRoadDebt ? CheckVerdict.Failed : CheckVerdict.Passed);

        var dto = (await Handle(TestData.Create())).ShouldSucceed();

        dto.Notices.Select(n => n.Check).ShouldBe([10, 17]);
        dto.Notices[0].Reason.ShouldBe("NoUnpaidFines failed");
        _notifications.Count.ShouldBe(2);
        _notifications.ShouldAllBe(n => n.Recipient == _account.Id && n.BookingId!.Value.Value == dto.Id && !n.IsRead);
        dto.Notices.Select(n => n.NotificationId).ShouldBe(_notifications.Select(n => n.Id.Value), ignoreOrder: true);
    }

    [Fact]
    public async Task R19_1_a_non_resident_gets_no_notice_for_check_10_but_a_refusal()
    {
        _account = TestData.User(TestData.NonResidentCompany);
        _verification = Substitutes.Verification(check => check == RegistryCheck.NoUnpaidFines ? CheckVerdict.Failed : CheckVerdict.Passed);

        (await Handle(TestData.Create())).ShouldFailWith("checks-refused");

        _notifications.ShouldBeEmpty();
        _kept.ShouldHaveSingleItem().ShouldBeOfType<VerificationRecord>().OwnerResidency.ShouldBe(Domain.Identity.Residency.NonResident);
    }

    [Fact]
    public async Task R20_a_document_that_expires_before_the_booked_date_refuses_naming_it()
    {
        DocumentValidUntil(RegistryCheck.LiabilityInsurance, TestData.BookedDate.AddDays(-1));

        var error = (await Handle(TestData.Create())).ShouldFailWith("document-expires-before-booked-date");

        error.Kind.ShouldBe(ErrorKind.ChecksRefused);
        error.Errors.ShouldNotBeNull()["check8"].ShouldBe(["LiabilityInsurance is valid until 2026-11-30"]);
        NothingWasReserved();
    }

    [Fact]
    public async Task R20_a_document_valid_through_the_booked_date_passes()
    {
        DocumentValidUntil(RegistryCheck.TechnicalInspection, TestData.BookedDate);

        (await Handle(TestData.Create())).ShouldSucceed();
    }

    [Fact]
    public async Task R16_1_R20_first_free_never_looks_past_the_earliest_validity_and_names_the_document_when_nothing_is_free_before()
    {
        DocumentValidUntil(RegistryCheck.LiabilityInsurance, TestData.Today.AddDays(1));
        _firstFreeAttempts = 1_000;
        var tried = new List<DateOnly>();
        _ledger.TryReserveAsync(Arg.Any<Checkpoint>(), Arg.Any<BookedInterval>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                tried.Add(call.Arg<BookedInterval>().Date);
                return Substitutes.SlotFull;
            });

        var error = (await Handle(TestData.CreateFirstFree(TestData.Now))).ShouldFailWith("no-free-interval-while-documents-valid");

        tried.Max().ShouldBe(TestData.Today.AddDays(1));
        error.Message.ShouldContain("2026-11-26");
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["check8"]);
        _bookings.ShouldBeEmpty();
    }

    [Fact]
    public async Task R16_1_R20_first_free_from_a_day_after_the_validity_is_refused_without_touching_the_ledger()
    {
        DocumentValidUntil(RegistryCheck.LiabilityInsurance, TestData.Today.AddDays(1));

        (await Handle(TestData.CreateFirstFree(TestData.Now.AddDays(2)))).ShouldFailWith("document-expires-before-booked-date");

        NothingWasReserved();
    }
}
