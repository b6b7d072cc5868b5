using Mediator;
using Seo.Application.Audit;
using Seo.Application.Common.Ports;
using Seo.Application.Bookings.Common;
using Seo.Application.Verification.Common;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.Reschedule;

/// <summary>
/// R28: moves a paid booking to another date and interval at the same checkpoint; free up to
/// two times, then each move waits for its fee. Only the interval can change (R36).
/// Rescheduling re-runs the automated checks for the new date (R20).
/// </summary>
public sealed record RescheduleBooking(Guid BookingId, DateOnly? Date, string? Start) : ICommand<Result<BookingDto>>, IVerifiedCommand, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        DispatcherActions.On(caller, AuditActions.BookingRescheduledByDispatcher, answer as BookingDto);
}
