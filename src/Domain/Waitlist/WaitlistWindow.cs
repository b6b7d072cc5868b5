namespace Seo.Domain.Waitlist;

/// <summary>
/// What a waiting booking would take instead of its own interval: a checkpoint-local interval
/// starting on a date from <see cref="From"/> to <see cref="To"/> at a time from
/// <see cref="EarliestStart"/> to <see cref="LatestStart"/>, both inclusive, and earlier than the booked one.
/// </summary>
public sealed record WaitlistWindow(DateOnly From, DateOnly To, TimeOnly EarliestStart, TimeOnly LatestStart)
{
    public bool Contains(DateOnly date, TimeOnly start) =>
        date >= From && date <= To && start >= EarliestStart && start <= LatestStart;
}
