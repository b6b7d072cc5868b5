using Ardalis.Specification;
using Seo.Domain.Accounts;
using Seo.Domain.Payments;

namespace Seo.Application.Payments.Common;

public sealed class PaymentIntentByIdSpec : Specification<PaymentIntent>, ISingleResultSpecification<PaymentIntent>
{
    public PaymentIntentByIdSpec(PaymentIntentId id, bool readOnly = false)
    {
        Query.Where(i => i.Id == id);
        if (readOnly)
        {
            Query.AsNoTracking();
        }
    }
}

/// <summary>The intent for one amount due (its key is unique).</summary>
public sealed class PaymentIntentByKeySpec : Specification<PaymentIntent>, ISingleResultSpecification<PaymentIntent>
{
    public PaymentIntentByKeySpec(string key) => Query.Where(i => i.Key == key);
}

/// <summary>A payer's latest 200 payments, newest first, of one booking when given, selected as DTOs.</summary>
public sealed class PaymentsOfPayerSpec : Specification<PaymentIntent, PaymentDto>
{
    public PaymentsOfPayerSpec(AccountId payer, Guid? booking)
    {
        Query.Where(i => i.Payer == payer).OrderByDescending(i => i.CreatedAt).Take(200).AsNoTracking().Select(PaymentDto.Projection.Expression);
        if (booking is { } id)
        {
            Query.Where(i => i.Booking == new Seo.Domain.Bookings.BookingId(id));
        }
    }
}

/// <summary>A payer's intents for one purpose, newest first.</summary>
public sealed class PaymentIntentsOfPayerSpec : Specification<PaymentIntent>
{
    public PaymentIntentsOfPayerSpec(AccountId payer, PaymentPurpose? purpose = null, Guid? booking = null, bool readOnly = false)
    {
        Query.Where(i => i.Payer == payer).OrderByDescending(i => i.CreatedAt).Take(200);
        if (readOnly)
        {
            Query.AsNoTracking();
        }

        if (purpose is { } wanted)
        {
            Query.Where(i => i.Purpose == wanted);
        }

        if (booking is { } id)
        {
            Query.Where(i => i.Booking == new Seo.Domain.Bookings.BookingId(id));
        }
    }
}

/// <summary>Intents left pending since before <paramref name="openedBefore"/>: the reconciliation asks the gateway about them.</summary>
public sealed class PendingIntentsSpec : Specification<PaymentIntent>
{
    public PendingIntentsSpec(DateTimeOffset openedBefore, int batchSize) =>
        Query.Where(i => i.Status == PaymentIntentStatus.Pending && i.CreatedAt < openedBefore)
            .OrderBy(i => i.CreatedAt).Take(batchSize).AsNoTracking();
}

/// <summary>Succeeded intents with a refund decided and not yet made.</summary>
public sealed class RefundsDueSpec : Specification<PaymentIntent>
{
    public RefundsDueSpec(int batchSize) =>
        Query.Where(i => i.Status == PaymentIntentStatus.Succeeded && i.RefundRequestedAt != null)
            .OrderBy(i => i.RefundRequestedAt).Take(batchSize).AsNoTracking();
}

/// <summary>What was paid for one booking — its fee and any paid reschedules — and not yet set to go back (R28).</summary>
public sealed class RefundableFeesOfBookingSpec : Specification<PaymentIntent>
{
    public RefundableFeesOfBookingSpec(Seo.Domain.Bookings.BookingId booking) =>
        Query.Where(i => i.Booking == booking && i.Purpose != PaymentPurpose.DebtSettlement
            && i.Status == PaymentIntentStatus.Succeeded && i.RefundRequestedAt == null);
}
