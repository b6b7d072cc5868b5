using Seo.Application.Audit;
using Seo.Application.Bookings.Common;
using Seo.Application.Bookings.GetBooking;
using Seo.Application.Payments.Common;
using Seo.Application.Payments.OpenPayment;
using Seo.Domain.Payments;
using Seo.Application.Bookings.ListMyBookings;
using Seo.Application.Bookings.Transfer;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Identity;

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
        var result = await new GetBookingHandler(Substitutes.Access(_bookings, Substitutes.CurrentUser(_owner.Id)))
            .Handle(new GetBooking(_booking.Id.Value), CancellationToken.None);

        result.ShouldSucceed().Id.ShouldBe(_booking.Id.Value);
    }

    [Fact]
    public async Task Another_users_booking_is_not_found()
    {
        var result = await new GetBookingHandler(Substitutes.Access(_bookings, Substitutes.CurrentUser(_stranger.Id)))
            .Handle(new GetBooking(_booking.Id.Value), CancellationToken.None);

        result.ShouldFailWith("booking-not-found");
    }

    [Theory]
    [InlineData(Role.Officer)]
    [InlineData(Role.Registrar)]
    public async Task R4_officers_and_the_registrar_read_any_booking(Role role)
    {
        var result = await new GetBookingHandler(Substitutes.Access(_bookings, Substitutes.CurrentUser(AccountId.New(), role)))
            .Handle(new GetBooking(_booking.Id.Value), CancellationToken.None);

        result.ShouldSucceed();
    }

    [Fact]
    public async Task An_analyst_does_not_read_bookings_by_id()
    {
        var result = await new GetBookingHandler(Substitutes.Access(_bookings, Substitutes.CurrentUser(AccountId.New(), Role.Analyst)))
            .Handle(new GetBooking(_booking.Id.Value), CancellationToken.None);

        result.ShouldFailWith("booking-not-found");
    }

    [Fact]
    public async Task R36_the_owner_cannot_transfer_a_booking()
    {
        var result = await new TransferBookingHandler(Substitutes.Access(_bookings, Substitutes.CurrentUser(_owner.Id)))
            .Handle(new TransferBooking(_booking.Id.Value), CancellationToken.None);

        result.IsSuccess.ShouldBeFalse();
        result.Error.Code.ShouldBe("booking-not-transferable");
        result.Error.Rule.ShouldBe("R36");
    }

    [Fact]
    public async Task A_stranger_trying_to_transfer_is_told_the_booking_does_not_exist()
    {
        var result = await new TransferBookingHandler(Substitutes.Access(_bookings, Substitutes.CurrentUser(_stranger.Id)))
            .Handle(new TransferBooking(_booking.Id.Value), CancellationToken.None);

        result.Error.ShouldNotBeNull().Code.ShouldBe("booking-not-found");
    }

    [Fact]
    public async Task My_bookings_lists_only_the_callers_own()
    {
        _bookings.Add(TestData.AwaitingPayment(_stranger, TestData.Dostyk(), plate: "777ZZZ01", vin: TestData.OtherVin));

        var user = Substitutes.CurrentUser(_owner.Id);
        var page = await new ListMyBookingsHandler(Substitutes.Repository(_bookings), Substitutes.Access(_bookings, user), user)
            .Handle(new ListMyBookings(null), CancellationToken.None);

        page.ShouldSucceed().Items.ShouldHaveSingleItem().Id.ShouldBe(_booking.Id.Value);
    }

    private static Account Organisation() =>
        TestData.User(OwnerProfile.Create(OwnerKind.LegalEntity, Residency.Resident, "Operator LLP", null, TestData.ValidBin, TestData.Phone).Value, "operator@example.kz");

    private static DispatcherGrant Grant(Account organisation, Account dispatcher) =>
        DispatcherGrant.Grant(organisation, dispatcher, TestData.Now).Value;

    [Fact]
    public async Task R15_an_active_dispatcher_of_the_owning_organisation_reaches_its_booking_as_the_organisation_does()
    {
        var organisation = Organisation();
        var dispatcher = TestData.User(email: "dispatcher@example.kz");
        var booking = TestData.AwaitingPayment(organisation, TestData.Dostyk(), vin: TestData.OtherVin, plate: "777ZZZ01");
        _bookings.Add(booking);
        var access = Substitutes.Access(_bookings, Substitutes.CurrentUser(dispatcher.Id), [Grant(organisation, dispatcher)], [organisation]);

        (await access.ActionableAsync(booking.Id.Value, CancellationToken.None)).ShouldBeSameAs(booking);
        (await access.VisibleAsync(booking.Id.Value, CancellationToken.None)).ShouldNotBeNull().Id.ShouldBe(booking.Id);
        (await access.ActsForAsync(organisation.Id, CancellationToken.None)).ShouldBeTrue();
        // The organisation's grant reaches the organisation's bookings, not the owner's next door.
        (await access.ActionableAsync(_booking.Id.Value, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task R15_the_dispatcher_of_a_disabled_organisation_no_longer_acts_for_it()
    {
        var organisation = Organisation();
        var dispatcher = TestData.User(email: "dispatcher@example.kz");
        var booking = TestData.AwaitingPayment(organisation, TestData.Dostyk(), vin: TestData.OtherVin, plate: "777ZZZ01");
        _bookings.Add(booking);
        organisation.Disable("Reselling places", TestData.Now).ShouldSucceed();
        var access = Substitutes.Access(_bookings, Substitutes.CurrentUser(dispatcher.Id), [Grant(organisation, dispatcher)], [organisation]);

        (await access.ActsForAsync(organisation.Id, CancellationToken.None)).ShouldBeFalse();
        (await access.ActionableAsync(booking.Id.Value, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task R15_a_revoked_dispatcher_and_one_granted_by_another_organisation_are_strangers_to_the_booking()
    {
        var organisation = Organisation();
        var other = Organisation();
        var dispatcher = TestData.User(email: "dispatcher@example.kz");
        var booking = TestData.AwaitingPayment(organisation, TestData.Dostyk(), vin: TestData.OtherVin, plate: "777ZZZ01");
        _bookings.Add(booking);
        var revoked = Grant(organisation, dispatcher);
        revoked.Revoke(TestData.Now);
        var user = Substitutes.CurrentUser(dispatcher.Id);

        var afterRevocation = Substitutes.Access(_bookings, user, [revoked, Grant(other, dispatcher)], [organisation, other]);

        (await afterRevocation.ActionableAsync(booking.Id.Value, CancellationToken.None)).ShouldBeNull();
        (await new GetBookingHandler(afterRevocation).Handle(new GetBooking(booking.Id.Value), CancellationToken.None)).ShouldFailWith("booking-not-found");
        (await new ListMyBookingsHandler(Substitutes.Repository(_bookings), afterRevocation, user)
            .Handle(new ListMyBookings(null, Account: organisation.Id.Value), CancellationToken.None)).ShouldFailWith("not-a-dispatcher");
    }

    [Fact]
    public async Task R15_neither_the_organisation_nor_its_other_dispatchers_reach_a_dispatchers_own_booking()
    {
        var organisation = Organisation();
        var dispatcher = TestData.User(email: "dispatcher@example.kz");
        var colleague = TestData.User(email: "colleague@example.kz");
        var own = TestData.AwaitingPayment(dispatcher, TestData.Dostyk(), vin: TestData.OtherVin, plate: "777ZZZ01");
        _bookings.Add(own);
        List<DispatcherGrant> grants = [Grant(organisation, dispatcher), Grant(organisation, colleague)];
        List<Account> accounts = [organisation, dispatcher, colleague];

        (await Substitutes.Access(_bookings, Substitutes.CurrentUser(organisation.Id), grants, accounts).ActionableAsync(own.Id.Value, CancellationToken.None)).ShouldBeNull();
        (await Substitutes.Access(_bookings, Substitutes.CurrentUser(colleague.Id), grants, accounts).ActionableAsync(own.Id.Value, CancellationToken.None)).ShouldBeNull();
        (await Substitutes.Access(_bookings, Substitutes.CurrentUser(dispatcher.Id), grants, accounts).ActionableAsync(own.Id.Value, CancellationToken.None)).ShouldBeSameAs(own);
    }

    [Fact]
    public async Task R15_a_dispatcher_lists_the_organisations_bookings_by_account_and_its_own_without()
    {
        var organisation = Organisation();
        var dispatcher = TestData.User(email: "dispatcher@example.kz");
        var theirs = TestData.AwaitingPayment(organisation, TestData.Dostyk(), vin: TestData.OtherVin, plate: "777ZZZ01");
        _bookings.Add(theirs);
        var user = Substitutes.CurrentUser(dispatcher.Id);
        var handler = new ListMyBookingsHandler(Substitutes.Repository(_bookings), Substitutes.Access(_bookings, user, [Grant(organisation, dispatcher)], [organisation]), user);

        var listed = await handler.Handle(new ListMyBookings(null, Account: organisation.Id.Value), CancellationToken.None);
        var own = await handler.Handle(new ListMyBookings(null), CancellationToken.None);

        listed.ShouldSucceed().Items.ShouldHaveSingleItem().Id.ShouldBe(theirs.Id.Value);
        own.ShouldSucceed().Items.ShouldBeEmpty();
    }

    [Fact]
    public void R15_a_dispatchers_act_on_the_organisations_booking_is_audited_naming_the_organisation_and_the_owners_own_act_is_not()
    {
        var organisation = Organisation();
        var dispatcher = TestData.User(email: "dispatcher@example.kz");
        var booking = TestData.AwaitingPayment(organisation, TestData.Dostyk());
        var clock = TestData.Clock();
        var intent = PaymentDto.From(PaymentIntent.Open(
            $"{booking.Id}:fee", PaymentPurpose.BookingFee, organisation.Id, booking.Id, booking.Number, TestData.BookingFee, 1, booking.HoldExpiresAt!.Value, clock.GetUtcNow()));
        var paid = booking.ToDto();

        var byDispatcher = new OpenBookingPayment(paid.Id).AuditRecord(intent, Substitutes.CurrentUser(dispatcher.Id)).ShouldNotBeNull();
        var byOwner = new OpenBookingPayment(paid.Id).AuditRecord(intent, Substitutes.CurrentUser(organisation.Id));

        byDispatcher.Action.ShouldBe(AuditActions.BookingPaidByDispatcher);
        byDispatcher.Target.ShouldBe(paid.Id.ToString());
        System.Text.Json.JsonSerializer.Serialize(byDispatcher.Details)
            .ShouldBe(System.Text.Json.JsonSerializer.Serialize(new { organisation = organisation.Id.Value, number = paid.Number, payment = intent.Id }));
        byOwner.ShouldBeNull();
    }
}
