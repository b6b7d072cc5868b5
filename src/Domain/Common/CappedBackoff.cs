namespace Seo.Domain.Common;

/// <summary>
/// The retry delay used wherever something is tried again later (the outbox, outbound messages):
/// the first delay, doubled after each further failure, never more than the cap.
/// </summary>
public readonly record struct CappedBackoff(TimeSpan First, TimeSpan Max)
{
    /// <summary>The delay before the next try after <paramref name="failures"/> failures (1 = the first failure).</summary>
    public TimeSpan After(int failures)
    {
        // In doubles, so a long first delay and many failures cannot overflow a TimeSpan.
        var doublings = Math.Clamp(failures - 1, 0, 62);
        var ticks = Math.Min(First.Ticks * Math.Pow(2, doublings), Max.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
