using Seo.Application.Common.Ports;

namespace Seo.Projections.Availability;

/// <summary>
/// One checkpoint-day of the in-process read model. One lock per day keeps the version guard
/// atomic and lets a rebuild swap the whole day at once, while different days never wait on
/// each other.
/// </summary>
internal sealed class InProcessAvailabilityDay
{
    private readonly Lock _gate = new();
    private SortedDictionary<int, SlotCount> _intervals = [];

    /// <summary>Stores the count unless the stored one is as new or newer; true when stored.</summary>
    public bool TryApply(SlotCount count)
    {
        lock (_gate)
        {
            if (_intervals.TryGetValue(count.StartMinute, out var stored) && stored.Version >= count.Version)
            {
                return false;
            }

            _intervals[count.StartMinute] = count;
            return true;
        }
    }

    public void Replace(IEnumerable<SlotCount> counts)
    {
        // Built outside the lock, swapped inside it: readers see the old day or the new one.
        var replacement = new SortedDictionary<int, SlotCount>(counts.ToDictionary(count => count.StartMinute));
        lock (_gate)
        {
            _intervals = replacement;
        }
    }

    /// <summary>A copy in start-minute order, taken under the lock so it is one consistent state.</summary>
    public IReadOnlyList<SlotCount> Snapshot()
    {
        lock (_gate)
        {
            return [.. _intervals.Values];
        }
    }
}
