using Seo.Application.Common.Ports;

namespace Seo.Projections.Crossings;

/// <summary>The order the port promises for per-day counts: by day, then checkpoint (ordinal).</summary>
internal static class CrossingsPerDayOrder
{
    public static IReadOnlyList<CrossingsPerDay> Apply(IEnumerable<CrossingsPerDay> counts) =>
        [.. counts.OrderBy(c => c.Day).ThenBy(c => c.Checkpoint, StringComparer.Ordinal)];
}
