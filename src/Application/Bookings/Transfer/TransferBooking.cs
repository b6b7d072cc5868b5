using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.Transfer;

/// <summary>
/// An attempt to hand a booking to another owner or vehicle. R36 forbids it; the use case
/// exists so that the refusal is explicit, cited and the same for every client.
/// </summary>
public sealed record TransferBooking(Guid BookingId) : ICommand<Result>;

public sealed class TransferBookingHandler(BookingAccess access) : ICommandHandler<TransferBooking, Result>
{
    public async ValueTask<Result> Handle(TransferBooking command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var booking = await access.ActionableAsync(command.BookingId, cancellationToken);
        return booking is null ? BookingErrors.NotFound : Booking.TransferTo(default);
    }
}
