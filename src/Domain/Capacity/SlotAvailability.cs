namespace Seo.Domain.Capacity;

/// <summary>How full one interval of one checkpoint-day is.</summary>
public sealed record SlotAvailability(DateOnly Date, TimeOnly Start, int Capacity, int Booked)
{
    public int Free => Math.Max(0, Capacity - Booked);

    public bool IsFull => Free == 0;
}
