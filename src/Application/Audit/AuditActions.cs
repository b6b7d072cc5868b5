namespace Seo.Application.Audit;

/// <summary>The actions the audit trail records (docs/audit.md). Stable strings: searches filter on them.</summary>
public static class AuditActions
{
    public const string StaffCreated = "account.staff-created";
    public const string AccountDisabled = "account.disabled";
    public const string AccountEnabled = "account.enabled";
    public const string PasswordChanged = "account.password-changed";
    public const string TotpEnrolled = "account.totp-enrolled";
    public const string SignInFailed = "sign-in.failed";
    public const string RefreshTokenReused = "sign-in.refresh-token-reused";
    public const string DebtRecorded = "debt.recorded";
    public const string RefundRequested = "payment.refund-requested";

    /// <summary>R22, R28: the owner of a booking a closure displaced took the fee back.</summary>
    public const string DisplacedBookingRefunded = "booking.displaced-refunded";
    public const string DebtSettled = "debt.settled";
    public const string PriorityListUploaded = "priority-list.uploaded";
    public const string TariffEntered = "tariff.entered";
    public const string CapacityPlanRevised = "capacity-plan.revised";
    public const string BarrierCommandIssued = "barrier.command-issued";
    public const string DeviceRegistered = "device.registered";
    public const string DeviceRevoked = "device.revoked";
    public const string DeviceKeyRotated = "device.key-rotated";
    public const string EntryRefused = "booking.entry-refused";
    public const string BookingRequestedByDispatcher = "booking.requested-by-dispatcher";
    public const string DrawEnteredByDispatcher = "draw.entered-by-dispatcher";
    public const string BookingPaidByDispatcher = "booking.paid-by-dispatcher";
    public const string BookingRescheduledByDispatcher = "booking.rescheduled-by-dispatcher";
    public const string BookingCancelledByDispatcher = "booking.cancelled-by-dispatcher";
    public const string SandboxChanged = "sandbox.changed";
    public const string PersonalDataRead = "personal-data.read";
}
