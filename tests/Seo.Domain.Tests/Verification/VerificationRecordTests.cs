using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Identity;
using Seo.Domain.Notifications;
using Seo.Domain.Verification;

namespace Seo.Domain.Tests.Verification;

public sealed class VerificationRecordTests
{
    private static readonly CheckedRequest Request = new(
        AccountId.New(), VerificationPurpose.NewBooking, null, TestData.Code(), TestData.BookedDate, TestData.Truck(), Residency.Resident);

    private static readonly IReadOnlyList<CheckOutcome> Outcomes =
    [
        new(RegistryCheck.LiabilityInsurance, CheckVerdict.Passed, "Unified insurance DB", null, "POL-1", TestData.Now, TestData.BookedDate.AddDays(30)),
        new(RegistryCheck.UserAccountExists, CheckVerdict.Passed, "GBD FL", null, null, TestData.Now),
    ];

    [Fact]
    public void R20_a_booked_request_keeps_its_booking_and_every_outcome_in_check_order()
    {
        var booking = BookingId.New();

        var record = VerificationRecord.Booked(Request, Outcomes, booking, TestData.Now);

        record.Decision.ShouldBe(VerificationDecision.Booked);
        record.DecisionCode.ShouldBeNull();
        record.BookingId.ShouldBe(booking);
        record.VehiclePlate.ShouldBe(TestData.Truck().Plate);
        record.VehicleVin.ShouldBe(TestData.Truck().Vin);
        record.CheckedDate.ShouldBe(TestData.BookedDate);
        record.RecordedAt.ShouldBe(TestData.Now);
        record.Outcomes.Select(o => o.Check).ShouldBe([RegistryCheck.UserAccountExists, RegistryCheck.LiabilityInsurance]);
        record.Outcomes[1].Reference.ShouldBe("POL-1");
    }

    [Theory]
    [InlineData("checks-refused", ErrorKind.ChecksRefused, VerificationDecision.Refused)]
    [InlineData("document-expires-before-booked-date", ErrorKind.ChecksRefused, VerificationDecision.Refused)]
    [InlineData("registry-unavailable", ErrorKind.Unavailable, VerificationDecision.RegistryUnavailable)]
    [InlineData("no-free-interval", ErrorKind.Conflict, VerificationDecision.PassedNotBooked)]
    [InlineData("vehicle-has-active-booking", ErrorKind.Conflict, VerificationDecision.PassedNotBooked)]
    public void R20_a_request_stopped_after_its_checks_is_recorded_with_the_reason(string code, ErrorKind kind, VerificationDecision decision)
    {
        var record = VerificationRecord.NotBooked(Request, Outcomes, new DomainError(code, "stopped", kind), TestData.Now);

        record.Decision.ShouldBe(decision);
        record.DecisionCode.ShouldBe(code);
        record.BookingId.ShouldBeNull();
    }
}

public sealed class NotificationTests
{
    private static readonly CheckOutcome Fine =
        new(RegistryCheck.NoUnpaidFines, CheckVerdict.Failed, "Unified register of administrative proceedings", "unpaid fine 15 000 KZT", "FINE-42", TestData.Now);

    [Fact]
    public void R19_2_a_notice_names_the_check_its_reason_and_reference()
    {
        var recipient = AccountId.New();
        var booking = BookingId.New();

        var notification = Notification.OfCheckNotice(recipient, booking, Fine, TestData.Now);

        notification.Recipient.ShouldBe(recipient);
        notification.BookingId.ShouldBe(booking);
        notification.Check.ShouldBe(RegistryCheck.NoUnpaidFines);
        notification.Text.ShouldContain("Check 10");
        notification.Text.ShouldContain("unpaid fine 15 000 KZT");
        notification.Reference.ShouldBe("FINE-42");
        notification.IsRead.ShouldBeFalse();
    }

    [Fact]
    public void Reading_a_notification_twice_keeps_the_first_time()
    {
        var notification = Notification.OfCheckNotice(AccountId.New(), BookingId.New(), Fine, TestData.Now);

        notification.MarkRead(TestData.Now.AddMinutes(1));
        notification.MarkRead(TestData.Now.AddMinutes(5));

        notification.ReadAt.ShouldBe(TestData.Now.AddMinutes(1));
    }

    [Fact]
    public void A_registry_reference_longer_than_the_store_keeps_is_cut()
    {
        var notification = Notification.OfCheckNotice(AccountId.New(), BookingId.New(), Fine with { Reference = new string('R', 1_000) }, TestData.Now);

        notification.Reference.ShouldNotBeNull().Length.ShouldBe(Notification.MaxReferenceLength);
    }
}
