using Seo.Application.Audit;
using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.GetBooking;

/// <summary>One booking: the owner's own (and its dispatchers', R15), or any for officers and the registrar.</summary>
public sealed record GetBooking(Guid BookingId) : IQuery<Result<BookingDto>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        PersonalDataRead.By(caller, "booking", BookingId.ToString(), null);
}

public sealed class GetBookingHandler(BookingAccess access) : IQueryHandler<GetBooking, Result<BookingDto>>
{
    public async ValueTask<Result<BookingDto>> Handle(GetBooking query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var booking = await access.VisibleAsync(query.BookingId, cancellationToken);
        return booking is null ? BookingErrors.NotFound : booking.ToDto();
    }
}
