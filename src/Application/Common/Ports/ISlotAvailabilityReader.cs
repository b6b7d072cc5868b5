using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Common.Ports;

/// <summary>The query side of slot availability: free capacity by interval.</summary>
public interface ISlotAvailabilityReader
{
    Task<IReadOnlyList<IntervalCapacity>> ReadAsync(Checkpoint checkpoint, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken);
}
