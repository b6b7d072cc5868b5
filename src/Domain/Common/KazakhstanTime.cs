namespace Seo.Domain.Common;

/// <summary>
/// Kazakhstan keeps UTC+5 everywhere since 1 March 2024, without daylight saving, so "today" for
/// a document's term and the days of the crossing statistics are fixed-offset days rather than a
/// time-zone lookup.
/// </summary>
public static class KazakhstanTime
{
    /// <summary>The offset from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(5);

    /// <summary>The offset as Elasticsearch's <c>time_zone</c> spells it.</summary>
    public const string OffsetText = "+05:00";

    /// <summary>The UTC+5 calendar day an instant falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant a Kazakhstan day begins.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
