namespace Seo.Application.Common.Ports;

/// <summary>One page of a crossing search.</summary>
/// <param name="Items">The crossings of the page, in the order asked for.</param>
/// <param name="Total">How many crossings match the search in all, across every page.</param>
public sealed record CrossingPage(IReadOnlyList<CrossingRecord> Items, long Total);
