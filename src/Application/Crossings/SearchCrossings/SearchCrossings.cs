using Seo.Application.Common.Ports;
using Seo.Application.Audit;
using Mediator;
using Seo.Application.Crossings.Common;
using Seo.Domain.Common;

namespace Seo.Application.Crossings.SearchCrossings;

/// <summary>
/// R4, R10: an officer searches the crossing log. Parameters arrive as the query string has
/// them, so the validator can name each one that is wrong.
/// </summary>
/// <param name="PlateMatch">exact (default), prefix or fuzzy (camera misreads such as 0/O).</param>
/// <param name="Sort">newest (default) or oldest.</param>
/// <param name="Page">1-based.</param>
public sealed record SearchCrossings(
    string? Plate = null,
    string? PlateMatch = null,
    string? Vin = null,
    string? BookingNumber = null,
    string? Checkpoint = null,
    string? Direction = null,
    string? Matched = null,
    string? From = null,
    string? To = null,
    string? Sort = null,
    string? Page = null,
    string? PageSize = null) : IQuery<Result<CrossingSearchResult>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        PersonalDataRead.By(caller, "crossing-search", null, new { plate = Plate, plateMatch = PlateMatch, vin = Vin, bookingNumber = BookingNumber, checkpoint = Checkpoint, from = From, to = To, page = Page });

    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>How deep paging reaches (page × pageSize), as every crossing-log store allows.</summary>
    public const int MaxWindow = 10_000;
}
