using Seo.Application.Audit;
using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Application.Verification.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Verification;

namespace Seo.Application.Verification.GetBookingChecks;

/// <summary>R20: the audit trail of a booking: the checks that issued it and those of every reschedule asked for it.</summary>
public sealed record GetBookingChecks(Guid BookingId) : IQuery<Result<BookingCheckTrail>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        PersonalDataRead.By(caller, "booking-checks", BookingId.ToString(), null);
}

/// <summary>A booking's check records, newest first.</summary>
public sealed record BookingCheckTrail(Guid BookingId, IReadOnlyList<CheckRecordDto> Items);

public sealed class GetBookingChecksHandler(BookingAccess access, IRepository<VerificationRecord> records)
    : IQueryHandler<GetBookingChecks, Result<BookingCheckTrail>>
{
    public async ValueTask<Result<BookingCheckTrail>> Handle(GetBookingChecks query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        // The owner and its dispatchers, officers and the registrar; anyone else's booking is not found.
        if (!await access.MaySeeAsync(query.BookingId, cancellationToken))
        {
            return BookingErrors.NotFound;
        }

        var trail = await records.ListAsync(new CheckRecordsOfBookingSpec(new BookingId(query.BookingId)), cancellationToken);
        return new BookingCheckTrail(query.BookingId, trail);
    }
}
