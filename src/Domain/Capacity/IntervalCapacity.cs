namespace Seo.Domain.Capacity;

/// <summary>
/// What one interval of a checkpoint-day may take and has taken, regular and priority (R6, R22).
/// The ledger enforces the same arithmetic atomically: a place is taken only while
/// <see cref="IsFull"/> is false, a priority place only while the day's priority share
/// (<see cref="PriorityQuotaPolicy"/>) is not used up.
/// </summary>
public sealed record IntervalCapacity(DateOnly Date, TimeOnly Start, int Capacity, int Booked, int PriorityBooked = 0)
{
    public int RegularBooked => Math.Max(0, Booked - PriorityBooked);

    public int Free => Math.Max(0, Capacity - Booked);

    public bool IsFull => Free == 0;
}
