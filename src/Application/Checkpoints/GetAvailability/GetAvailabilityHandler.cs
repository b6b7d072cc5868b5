using Mediator;
using Seo.Application.Common.Mapping;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Checkpoints.GetAvailability;

public sealed class GetAvailabilityHandler(CheckpointCatalog checkpoints, SlotAvailability availability, TimeProvider clock)
    : IQueryHandler<GetAvailability, Result<AvailabilityDto>>
{
    private static DomainError InvalidRange(DateOnly earliest, DateOnly latest) => DomainError.Validation(
        "invalid-date-range",
        $"'from' and 'to' are checkpoint-local dates from {earliest:yyyy-MM-dd} to {latest:yyyy-MM-dd}, 'to' not before 'from', at most {GetAvailabilityValidator.MaxDays} days.",
        new Dictionary<string, string[]> { ["to"] = ["Outside the bookable range or longer than 31 days."] });

    public async ValueTask<Result<AvailabilityDto>> Handle(GetAvailability query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var checkpoint = await checkpoints.FindAsync(CheckpointCode.Create(query.Checkpoint).Value, cancellationToken);
        if (checkpoint is null)
        {
            return CheckpointErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(checkpoint.LocalTime(now));
        var from = query.From ?? today;
        var to = query.To ?? from;
        var lastBookable = BookingHorizonRule.LastBookableDate(checkpoint, now);

        // The range is checked once the defaults are in: at most 31 days, from yesterday to the horizon (R22).
        if (to < from || to.DayNumber - from.DayNumber >= GetAvailabilityValidator.MaxDays || from < today.AddDays(-1) || to > lastBookable)
        {
            return InvalidRange(today.AddDays(-1), lastBookable);
        }

        var (slots, source) = await availability.ReadAsync(checkpoint, from, to, cancellationToken);
        var intervals = slots
            .Select(slot =>
            {
                var startsAt = checkpoint.ToInstant(slot.Date, slot.Start);
                var endsAt = startsAt.AddMinutes(checkpoint.CapacityOn(slot.Date).IntervalMinutes);
                var bookable = endsAt > now && slot.Date <= lastBookable && !slot.IsFull;
                return new IntervalAvailabilityDto(
                    slot.Date, LocalTimeText.Of(slot.Start), startsAt, endsAt, slot.Capacity, slot.Booked, slot.PriorityBooked, slot.Free, bookable);
            })
            .ToList();
        return new AvailabilityDto(checkpoint.Id.Value, from, to, intervals, source);
    }
}
