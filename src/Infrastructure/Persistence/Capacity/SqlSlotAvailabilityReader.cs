using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;

namespace Seo.Infrastructure.Persistence.Capacity;

/// <summary>
/// Free capacity by interval, read from the write store's ledger: a day nobody has booked yet
/// has every interval at its full capacity.
/// </summary>
internal sealed class SqlSlotAvailabilityReader(SeoDbContext db) : ISlotAvailabilityReader
{
    public async Task<IReadOnlyList<IntervalCapacity>> ReadAsync(Checkpoint checkpoint, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var code = checkpoint.Id.Value;
        var slots = await db.CapacitySlots
            .AsNoTracking()
            .Where(s => s.Checkpoint == code && s.Day >= firstDate.DayNumber && s.Day <= lastDate.DayNumber)
            .ToDictionaryAsync(s => (s.Day, s.StartMinute), cancellationToken);
        var result = new List<IntervalCapacity>();
        for (var date = firstDate; date <= lastDate; date = date.AddDays(1))
        {
            var schedule = checkpoint.CapacityOn(date);
            foreach (var start in schedule.IntervalStarts())
            {
                var known = slots.GetValueOrDefault((date.DayNumber, CapacitySlot.MinuteOf(start)));
                result.Add(known is null
                    ? new IntervalCapacity(date, start, schedule.VehiclesPerInterval, 0)
                    : new IntervalCapacity(date, start, known.Capacity, known.Booked, known.PriorityBooked));
            }
        }

        return result;
    }
}
