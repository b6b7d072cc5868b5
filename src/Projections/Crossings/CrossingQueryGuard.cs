using Seo.Application.Common.Ports;

namespace Seo.Projections.Crossings;

/// <summary>Refuses a query no store could answer sensibly, the same way for every adapter.</summary>
internal static class CrossingQueryGuard
{
    /// <summary>The most results one page may ask for; deeper pages are reached with Skip.</summary>
    public const int MaxTake = 1_000;

    /// <summary>How deep paging goes (Elasticsearch's default result window): Skip + Take at most.</summary>
    public const int MaxWindow = 10_000;

    public static void EnsureValid(CrossingQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Take, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Take, MaxTake, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)query.Skip + query.Take, MaxWindow, nameof(query));
    }
}
