using Seo.Domain.Devices;

namespace Seo.Application.Common.Ports;

/// <summary>
/// A search of the crossing log. Every criterion given must hold; a null criterion is not applied.
/// </summary>
/// <param name="Plate">The plate, normalised like the plates read (upper-case Latin letters and digits).</param>
/// <param name="PlateMatch">How <paramref name="Plate"/> is compared.</param>
/// <param name="Vin">The exact VIN.</param>
/// <param name="BookingNumber">The exact booking number.</param>
/// <param name="Checkpoint">The checkpoint's code.</param>
/// <param name="Direction">Only crossings in this direction.</param>
/// <param name="Matched">Only reads matched (true) or not matched (false) to a booking.</param>
/// <param name="From">The earliest timestamp, inclusive.</param>
/// <param name="To">The end of the period, exclusive.</param>
/// <param name="Sort">The order of the results.</param>
/// <param name="Skip">How many results of the order to pass over.</param>
/// <param name="Take">How many results to return at most.</param>
public sealed record CrossingQuery(
    string? Plate = null,
    PlateMatch PlateMatch = PlateMatch.Exact,
    string? Vin = null,
    string? BookingNumber = null,
    string? Checkpoint = null,
    CrossingDirection? Direction = null,
    bool? Matched = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    CrossingSort Sort = CrossingSort.NewestFirst,
    int Skip = 0,
    int Take = 50);
