namespace Seo.Domain.Bookings.Journey;

/// <summary>
/// R31, R34: the order in which vehicles leave the waiting zone, as the system sets it: the booked
/// interval first, then priority passage (R6) ahead within an interval, then the booking's sequence
/// number for its day (R20). An early arrival waits for its interval; arrival time never jumps the queue.
/// </summary>
public sealed class QueueOrder : IComparer<JourneyBooking>
{
    public static readonly QueueOrder Instance = new();

    private QueueOrder()
    {
    }

    public int Compare(JourneyBooking? x, JourneyBooking? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byInterval = x.StartsAt.CompareTo(y.StartsAt);
        if (byInterval != 0)
        {
            return byInterval;
        }

        var byPriority = y.Priority.CompareTo(x.Priority);
        if (byPriority != 0)
        {
            return byPriority;
        }

        var bySequence = x.SequenceNumber.CompareTo(y.SequenceNumber);
        return bySequence != 0 ? bySequence : string.CompareOrdinal(x.Number, y.Number);
    }
}
