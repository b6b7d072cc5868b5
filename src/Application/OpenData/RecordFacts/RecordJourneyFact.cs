using Ardalis.Specification;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.OpenData.Common;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Common;

namespace Seo.Application.OpenData.RecordFacts;

/// <summary>Records one journey fact of a booking in the open data; returns 1 if it changed anything, 0 for a repeat.</summary>
public sealed record RecordJourneyFact(JourneyBooking Booking, JourneyFact Fact, DateTimeOffset At) : ICommand<Result<int>>;

public sealed class RecordJourneyFactHandler(IRepository<CheckpointVisit> visits) : ICommandHandler<RecordJourneyFact, Result<int>>
{
    public async ValueTask<Result<int>> Handle(RecordJourneyFact command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var visit = await visits.FirstOrDefaultAsync(new VisitOfBookingSpec(command.Booking.BookingId), cancellationToken);
        if (visit is null)
        {
            visit = CheckpointVisit.Of(command.Booking);
            await visits.AddAsync(visit, cancellationToken);
        }

        return visit.Record(command.Fact, command.At) ? 1 : 0;
    }
}

public sealed class VisitOfBookingSpec : Specification<CheckpointVisit>, ISingleResultSpecification<CheckpointVisit>
{
    public VisitOfBookingSpec(Guid booking) => Query.Where(v => v.BookingId == booking);
}
