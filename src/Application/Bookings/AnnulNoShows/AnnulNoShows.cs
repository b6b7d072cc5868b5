using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.AnnulNoShows;

/// <summary>
/// R35: a vehicle that did not enter the checkpoint by the end of its interval is a no-show;
/// its booking is annulled (the fee is kept, R28) and the vehicle may book again (R21). A held
/// paid reschedule is given back. Safe to run again: annulled bookings no longer match.
/// </summary>
public sealed record AnnulNoShows(int BatchSize = 200) : ICommand<Result<int>>;

public sealed class AnnulNoShowsHandler(IRepository<Booking> bookings, TimeProvider clock)
    : ICommandHandler<AnnulNoShows, Result<int>>
{
    public async ValueTask<Result<int>> Handle(AnnulNoShows command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var noShows = await bookings.ListAsync(new NoShowsSpec(now, command.BatchSize), cancellationToken);
        foreach (var booking in noShows)
        {
            booking.Annul(now);
        }

        return noShows.Count;
    }
}
