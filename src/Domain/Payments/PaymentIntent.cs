using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Common;

namespace Seo.Domain.Payments;

public readonly record struct PaymentIntentId(Guid Value)
{
    public static PaymentIntentId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>What a payment pays for.</summary>
public enum PaymentPurpose
{
    /// <summary>The booking fee (R23, R25).</summary>
    BookingFee,

    /// <summary>A reschedule beyond the two free ones (R28).</summary>
    RescheduleFee,

    /// <summary>A debt that blocks booking (R27).</summary>
    DebtSettlement,
}

public enum PaymentIntentStatus
{
    /// <summary>Opened; waiting for the payer or the gateway.</summary>
    Pending,

    /// <summary>The gateway took the money.</summary>
    Succeeded,

    /// <summary>Closed without money: what it was for ended first (the hold ran out, the booking changed).</summary>
    Cancelled,

    /// <summary>The money was given back in full through the gateway.</summary>
    Refunded,

    /// <summary>The payer's bank took the money back after it was paid (a chargeback).</summary>
    Reversed,
}

/// <summary>Who is at fault when money goes back (R28): the user never gets a refund for their own fault.</summary>
public enum RefundFault
{
    /// <summary>Seo or its registrar (a payment that came after its place was gone, a fault of the system).</summary>
    System,

    /// <summary>The state (a checkpoint closed, officers stopped the passage).</summary>
    State,
}

/// <summary>
/// One amount due and the payment that settles it (R23). There is one intent per amount due — the
/// booking fee, the fee of the n-th paid reschedule, a debt as it stood — kept unique by its
/// <see cref="Key"/>, so a payment can never be taken twice for the same thing. The gateway is
/// called outside any transaction; the intent records what it said, and only a signed callback
/// or the reconciliation job (both idempotent) moves it to <see cref="PaymentIntentStatus.Succeeded"/>.
/// A decline leaves it pending: the payer may try again on the gateway's page.
/// </summary>
public sealed class PaymentIntent : AggregateRoot<PaymentIntentId>
{
    public const int MaxReasonLength = 500;

    private PaymentIntent()
    {
    }

    /// <summary>What the intent is for, unique: e.g. <c>booking:{id}:fee</c>.</summary>
    public string Key { get; private set; } = string.Empty;

    public PaymentPurpose Purpose { get; private set; }

    public AccountId Payer { get; private set; }

    public BookingId? Booking { get; private set; }

    /// <summary>The booking's public number at the time, or the payer's reference for a debt.</summary>
    public string Reference { get; private set; } = string.Empty;

    public Money Amount { get; private set; }

    /// <summary>The tariff version the amount was computed under (R25); null for a debt.</summary>
    public int? TariffVersion { get; private set; }

    public PaymentIntentStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>After this the payment is no longer wanted (the hold's end); a later success is handled as late.</summary>
    public DateTimeOffset PayBefore { get; private set; }

    public string? GatewayPaymentId { get; private set; }

    /// <summary>The gateway's page the payer pays on, while pending.</summary>
    public string? PaymentPage { get; private set; }

    /// <summary>The gateway's answers so far; the next call to the gateway is attempt <c>Attempts</c> (its idempotency key).</summary>
    public int Attempts { get; private set; }

    public string? LastFailure { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? RefundId { get; private set; }

    public RefundFault? RefundFault { get; private set; }

    public string? RefundReason { get; private set; }

    public static PaymentIntent Open(
        string key, PaymentPurpose purpose, AccountId payer, BookingId? booking, string reference, Money amount, int? tariffVersion, DateTimeOffset payBefore, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        if (amount.Amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "An intent is opened only for an amount due.");
        }

        var intent = new PaymentIntent
        {
            Id = PaymentIntentId.New(),
            Key = key,
            Purpose = purpose,
            Payer = payer,
            Booking = booking,
            Reference = reference,
            Amount = amount,
            TariffVersion = tariffVersion,
            Status = PaymentIntentStatus.Pending,
            CreatedAt = now,
            PayBefore = payBefore,
        };
        intent.Raise(new PaymentIntentOpened(intent.Id, payer, purpose, amount, now));
        return intent;
    }

    /// <summary>The gateway opened (or found again) its payment for this intent.</summary>
    public Result RecordOpened(string gatewayPaymentId, Uri? paymentPage, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gatewayPaymentId);
        if (Status != PaymentIntentStatus.Pending)
        {
            return PaymentErrors.NotPending(Status);
        }

        GatewayPaymentId = gatewayPaymentId;
        PaymentPage = paymentPage?.ToString();
        LastFailure = null;
        Attempts++;
        Raise(new PaymentIntentAttempted(Id, gatewayPaymentId, null, now));
        return Result.Success();
    }

    /// <summary>
    /// A decline: the intent stays open for another try; the reason is kept for the payer. A decline
    /// reported after the intent was paid or closed (a late or out-of-order report) changes nothing.
    /// </summary>
    public Result RecordDeclined(string? gatewayPaymentId, string? reason, DateTimeOffset now)
    {
        if (Status != PaymentIntentStatus.Pending)
        {
            return Result.Success();
        }

        GatewayPaymentId = gatewayPaymentId ?? GatewayPaymentId;
        LastFailure = Truncate(string.IsNullOrWhiteSpace(reason) ? "Declined by the payer's bank." : reason.Trim());
        Attempts++;
        Raise(new PaymentIntentAttempted(Id, GatewayPaymentId, LastFailure, now));
        return Result.Success();
    }

    /// <summary>
    /// The gateway took the money. Returns false when it had already been recorded (a repeated
    /// callback, or the callback and the reconciliation both reporting it): counted once.
    /// A payment reported for a cancelled intent still succeeds here — the money was taken and
    /// must be accounted for; the caller then refunds it (the fault is not the payer's).
    /// </summary>
    public Result<bool> Succeed(string gatewayPaymentId, Money amount, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gatewayPaymentId);
        if (Status is PaymentIntentStatus.Succeeded or PaymentIntentStatus.Refunded or PaymentIntentStatus.Reversed)
        {
            return string.Equals(gatewayPaymentId, GatewayPaymentId, StringComparison.Ordinal) ? false : PaymentErrors.SecondPayment;
        }

        if (amount != Amount)
        {
            return PaymentErrors.AmountMismatch(Amount, amount);
        }

        Status = PaymentIntentStatus.Succeeded;
        GatewayPaymentId = gatewayPaymentId;
        PaymentPage = null;
        LastFailure = null;
        PaidAt = now;
        Raise(new PaymentSucceeded(Id, Payer, Purpose, Booking, Amount, gatewayPaymentId, now));
        return true;
    }

    /// <summary>Closes a pending intent whose purpose ended before it was paid; no money was taken.</summary>
    public Result Cancel(DateTimeOffset now)
    {
        if (Status != PaymentIntentStatus.Pending)
        {
            return PaymentErrors.NotPending(Status);
        }

        Status = PaymentIntentStatus.Cancelled;
        PaymentPage = null;
        ClosedAt = now;
        Raise(new PaymentIntentCancelled(Id, now));
        return Result.Success();
    }

    /// <summary>When a refund was decided; the gateway is asked outside the transaction, until it confirms.</summary>
    public DateTimeOffset? RefundRequestedAt { get; private set; }

    public bool RefundDue => Status == PaymentIntentStatus.Succeeded && RefundRequestedAt is not null;

    /// <summary>
    /// R28: money goes back only where the system or the state is at fault, always with the
    /// reason; the user's own fault (cancelling, arriving late, leaving the zone late) never
    /// reaches here. The refund itself is made through the gateway afterwards (<see cref="Refund"/>).
    /// </summary>
    public Result RequestRefund(RefundFault fault, string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return PaymentErrors.RefundReasonRequired;
        }

        if (Status != PaymentIntentStatus.Succeeded || RefundRequestedAt is not null)
        {
            return PaymentErrors.NotRefundable(Status);
        }

        RefundFault = fault;
        RefundReason = Truncate(reason.Trim());
        RefundRequestedAt = now;
        Raise(new PaymentRefundRequested(Id, fault, RefundReason, now));
        return Result.Success();
    }

    /// <summary>The gateway gave the money back; returns false when it was already recorded.</summary>
    public Result<bool> Refund(string refundId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(refundId);
        if (Status == PaymentIntentStatus.Refunded)
        {
            return false;
        }

        if (!RefundDue)
        {
            return PaymentErrors.NotRefundable(Status);
        }

        Status = PaymentIntentStatus.Refunded;
        RefundId = refundId;
        ClosedAt = now;
        Raise(new PaymentRefunded(Id, Payer, Booking, Amount, refundId, RefundFault!.Value, RefundReason!, now));
        return true;
    }

    /// <summary>The payer's bank took the money back (R27): the caller records the debt it leaves.</summary>
    public Result<bool> Reverse(DateTimeOffset now)
    {
        if (Status == PaymentIntentStatus.Reversed)
        {
            return false;
        }

        if (Status != PaymentIntentStatus.Succeeded)
        {
            return PaymentErrors.NotReversible(Status);
        }

        Status = PaymentIntentStatus.Reversed;
        ClosedAt = now;
        Raise(new PaymentReversed(Id, Payer, Booking, Amount, now));
        return true;
    }

    private static string Truncate(string text) => text.Length <= MaxReasonLength ? text : text[..MaxReasonLength];
}

public static class PaymentErrors
{
    public static readonly DomainError SecondPayment = new(
        "payment-already-taken", "The intent was already paid by another gateway payment; this one is not counted and is to be refunded at the gateway.", ErrorKind.Conflict, "R23");

    public static readonly DomainError RefundReasonRequired = DomainError.Validation("refund-reason-required", "A refund records why (R28).");

    public static DomainError NotPending(PaymentIntentStatus status) =>
        new("payment-not-pending", $"The payment is {status.ToString().ToLowerInvariant()}, no longer waiting to be paid.", ErrorKind.Conflict, "R23");

    public static DomainError NotRefundable(PaymentIntentStatus status) =>
        new("payment-not-refundable", $"Only a succeeded payment can be refunded; this one is {status.ToString().ToLowerInvariant()}.", ErrorKind.Conflict, "R28");

    public static DomainError NotReversible(PaymentIntentStatus status) =>
        new("payment-not-reversible", $"Only a succeeded payment can be reversed; this one is {status.ToString().ToLowerInvariant()}.", ErrorKind.Conflict, "R27");

    public static DomainError AmountMismatch(Money due, Money reported) =>
        new("payment-amount-mismatch", $"The gateway reported {reported} for an intent of {due}.", ErrorKind.Conflict, "R23");
}

public sealed record PaymentIntentOpened(PaymentIntentId IntentId, AccountId Payer, PaymentPurpose Purpose, Money Amount, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record PaymentIntentAttempted(PaymentIntentId IntentId, string? GatewayPaymentId, string? Failure, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record PaymentSucceeded(
    PaymentIntentId IntentId, AccountId Payer, PaymentPurpose Purpose, BookingId? Booking, Money Amount, string GatewayPaymentId, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record PaymentIntentCancelled(PaymentIntentId IntentId, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record PaymentRefundRequested(PaymentIntentId IntentId, RefundFault Fault, string Reason, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record PaymentRefunded(
    PaymentIntentId IntentId, AccountId Payer, BookingId? Booking, Money Amount, string RefundId, RefundFault Fault, string Reason, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record PaymentReversed(PaymentIntentId IntentId, AccountId Payer, BookingId? Booking, Money Amount, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
