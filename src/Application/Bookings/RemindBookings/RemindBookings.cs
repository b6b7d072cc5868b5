using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.RemindBookings;

/// <summary>
/// R29: tells the owners of paid bookings, at least 24 hours before the booked time, to come to
/// the checkpoint or its waiting zone. Each booking is reminded once (<see cref="Booking.RemindedAt"/>);
/// the event it raises becomes the cabinet notice and the SMS or push. Safe to run again.
/// </summary>
public sealed record RemindBookings(int BatchSize = 200) : ICommand<Result<int>>;

public sealed class RemindBookingsHandler(IRepository<Booking> bookings, JourneyPolicy journey, TimeProvider clock)
    : ICommandHandler<RemindBookings, Result<int>>
{
    public async ValueTask<Result<int>> Handle(RemindBookings command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var due = await bookings.ListAsync(new DueRemindersSpec(journey.RemindBy(now), now, command.BatchSize), cancellationToken);
        return due.Count(booking => booking.Remind(now).IsSuccess);
    }
}
