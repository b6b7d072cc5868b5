using Ardalis.Specification;
using Seo.Application.Bookings.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Crossings;
using Seo.Domain.Vehicles;

namespace Seo.Application.Crossings.Common;

public sealed class AnprEventByIdSpec : Specification<AnprEvent>, ISingleResultSpecification<AnprEvent>
{
    public AnprEventByIdSpec(Guid id) => Query.Where(e => e.Id == id).AsNoTracking();
}

/// <summary>
/// R30: the active bookings of a plate at one checkpoint. A plate is unique per country (R21), so
/// a camera, which reads no country, may find more than one; the caller picks by interval.
/// </summary>
public sealed class ActiveBookingsOfPlateAtCheckpointSpec : Specification<Booking>
{
    public ActiveBookingsOfPlateAtCheckpointSpec(PlateNumber plate, CheckpointCode checkpoint) =>
        Query.Where(b => b.Vehicle.Plate == plate && b.Checkpoint == checkpoint)
            .Where(ActiveBookings.Predicate);
}
