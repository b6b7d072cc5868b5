using Seo.Domain.Common;

namespace Seo.Domain.Capacity;

/// <summary>Why capacity could not be taken.</summary>
public static class CapacityErrors
{
    public static readonly DomainError SlotFull = new(
        "slot-full", "The interval has no free capacity left; choose another interval or ask for the first free one.", ErrorKind.Conflict, "R22");

    public static readonly DomainError NoFreeInterval = new(
        "no-free-interval", "No interval with free capacity exists between the requested time and the 90-day horizon.", ErrorKind.Conflict, "R22");

    public static readonly DomainError PriorityQuotaExhausted = new(
        "priority-quota-exhausted", "Priority bookings for this checkpoint and day have reached their share of the day's throughput.", ErrorKind.Conflict, "R6");
}
