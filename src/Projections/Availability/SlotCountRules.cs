using Seo.Application.Common.Ports;

namespace Seo.Projections.Availability;

/// <summary>
/// Argument checks both read models share, so that they refuse the same input the same way and
/// nothing malformed reaches a store (where it would be read back by every query).
/// </summary>
internal static class SlotCountRules
{
    private const int MinutesPerDay = 24 * 60;

    public static void ThrowIfInvalid(IReadOnlyCollection<SlotCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var count in counts)
        {
            ThrowIfInvalid(count);
        }
    }

    public static void ThrowIfInvalidDay(string checkpoint, DateOnly date, IReadOnlyCollection<SlotCount> counts)
    {
        ThrowIfInvalidCheckpoint(checkpoint);
        ThrowIfInvalid(counts);
        var startMinutes = new HashSet<int>();
        foreach (var count in counts)
        {
            if (!string.Equals(count.Checkpoint, checkpoint, StringComparison.Ordinal) || count.Date != date)
            {
                throw new ArgumentException($"A count of {count.Checkpoint} {count.Date:yyyy-MM-dd} does not belong to the day {checkpoint} {date:yyyy-MM-dd} being replaced.", nameof(counts));
            }

            // Two counts for one interval would leave which one is stored to chance.
            if (!startMinutes.Add(count.StartMinute))
            {
                throw new ArgumentException($"The interval starting at minute {count.StartMinute} appears twice in the day being replaced.", nameof(counts));
            }
        }
    }

    public static void ThrowIfInvalidCheckpoint(string checkpoint) => ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);

    private static void ThrowIfInvalid(SlotCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentException.ThrowIfNullOrWhiteSpace(count.Checkpoint, nameof(count));
        ArgumentOutOfRangeException.ThrowIfNegative(count.StartMinute, nameof(count));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(count.StartMinute, MinutesPerDay, nameof(count));
        ArgumentOutOfRangeException.ThrowIfNegative(count.Capacity, nameof(count));
        ArgumentOutOfRangeException.ThrowIfNegative(count.Booked, nameof(count));
        ArgumentOutOfRangeException.ThrowIfNegative(count.PriorityBooked, nameof(count));
        // R6 priority places are a share of the places taken, never more.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count.PriorityBooked, count.Booked, nameof(count));
        // Versions are compared as decimal digit strings in Redis; a sign would break that order.
        ArgumentOutOfRangeException.ThrowIfNegative(count.Version, nameof(count));
    }
}
