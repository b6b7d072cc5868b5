namespace Seo.Projections.Crossings;

/// <summary>
/// Elasticsearch keeps a <c>date</c> to the millisecond. Both stores therefore keep and compare
/// crossing times to the millisecond (truncated), so a range or an order never depends on which
/// store answers.
/// </summary>
internal static class CrossingTime
{
    public static DateTimeOffset ToMillisecond(DateTimeOffset instant) =>
        new(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerMillisecond), instant.Offset);

    public static DateTimeOffset? ToMillisecond(DateTimeOffset? instant) => instant is { } value ? ToMillisecond(value) : null;
}
