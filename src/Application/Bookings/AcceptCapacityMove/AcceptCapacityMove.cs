using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.AcceptCapacityMove;

/// <summary>
/// R22, R28: the owner (or its dispatcher, R15) keeps the interval a capacity cut moved the booking
/// to, before its deadline; the free, uncounted pick of another ends. Not answering comes to the same.
/// </summary>
public sealed record AcceptCapacityMove(Guid BookingId) : ICommand<Result<BookingDto>>;

public sealed class AcceptCapacityMoveHandler(BookingAccess access, TimeProvider clock) : ICommandHandler<AcceptCapacityMove, Result<BookingDto>>
{
    public async ValueTask<Result<BookingDto>> Handle(AcceptCapacityMove command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var booking = await access.ActionableAsync(command.BookingId, cancellationToken);
        if (booking is null)
        {
            return BookingErrors.NotFound;
        }

        var accepted = booking.AcceptCapacityMove(clock.GetUtcNow());
        return accepted.IsSuccess ? booking.ToDto() : accepted.Error;
    }
}
