using Mediator;
using Seo.Application.Audit;
using Seo.Application.Common.Ports;
using Seo.Application.Bookings.Common;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.Pay;

/// <summary>Pays what the booking has due (R23): its fee, or the fee of a pending paid reschedule (R28).</summary>
public sealed record PayBooking(Guid BookingId) : ICommand<Result<BookingDto>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        DispatcherActions.On(caller, AuditActions.BookingPaidByDispatcher, answer as BookingDto);
}
