using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Checkpoints.GetAvailability;

public sealed class GetAvailabilityHandler(IRepository<Checkpoint> checkpoints, ISlotAvailabilityReader availability, TimeProvider clock)
    : IQueryHandler<GetAvailability, Result<AvailabilityDto>>
{
    public async ValueTask<Result<AvailabilityDto>> Handle(GetAvailability query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var checkpoint = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(CheckpointCode.Create(query.Checkpoint).Value), cancellationToken);
        if (checkpoint is null)
        {
            return CheckpointErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var from = query.From ?? DateOnly.FromDateTime(checkpoint.LocalTime(now));
        var to = query.To ?? from;
        var lastBookable = BookingHorizonRule.LastBookableDate(checkpoint, now);
        var slots = await availability.ReadAsync(checkpoint, from, to, cancellationToken);
        var intervals = slots
            .Select(slot =>
            {
                var startsAt = checkpoint.ToInstant(slot.Date, slot.Start);
                var endsAt = startsAt.AddMinutes(checkpoint.Capacity.IntervalMinutes);
                var bookable = endsAt > now && slot.Date <= lastBookable && !slot.IsFull;
                return new IntervalAvailabilityDto(
                    slot.Date, slot.Start.ToString("HH\\:mm", System.Globalization.CultureInfo.InvariantCulture), startsAt, endsAt, slot.Capacity, slot.Booked, slot.Free, bookable);
            })
            .ToList();
        return new AvailabilityDto(checkpoint.Id.Value, from, to, intervals);
    }
}
