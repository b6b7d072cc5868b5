using Mediator;
using Seo.Application.Audit;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.Cancel;

/// <summary>The owner (or its dispatcher, R15) cancels; R28: a paid fee is kept, nothing is refunded.</summary>
public sealed record CancelBooking(Guid BookingId) : ICommand<Result<BookingDto>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        DispatcherActions.On(caller, AuditActions.BookingCancelledByDispatcher, answer as BookingDto);
}

public sealed class CancelBookingHandler(
    BookingAccess access,
    TimeProvider clock) : ICommandHandler<CancelBooking, Result<BookingDto>>
{
    public async ValueTask<Result<BookingDto>> Handle(CancelBooking command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var booking = await access.ActionableAsync(command.BookingId, cancellationToken);
        if (booking is null)
        {
            return BookingErrors.NotFound;
        }

        var cancelled = booking.Cancel(clock.GetUtcNow());
        return cancelled.IsSuccess ? booking.ToDto() : cancelled.Error;
    }
}
