using Seo.Domain.Devices;

namespace Seo.Application.Crossings.Common;

/// <summary>One crossing of the log as officers see it.</summary>
/// <param name="Manual">R10: the plate was entered by an officer for the camera rather than read by it.</param>
/// <param name="EnteredBy">The account id of that officer.</param>
/// <param name="ManualReason">Why the officer entered it.</param>
public sealed record CrossingDto(
    Guid EventId,
    DateTimeOffset Timestamp,
    string Checkpoint,
    CameraPoint Point,
    CrossingDirection Direction,
    string Plate,
    string? Vin,
    string? BookingNumber,
    Guid? BookingId,
    bool Matched,
    double Confidence,
    string CameraId,
    string? ImageReference,
    bool Manual,
    Guid? EnteredBy,
    string? ManualReason);

/// <summary>One page of a crossing search, with the total across all pages.</summary>
public sealed record CrossingSearchResult(IReadOnlyList<CrossingDto> Items, long Total, int Page, int PageSize, long TotalPages);

/// <summary>Crossings per checkpoint per Kazakhstan (UTC+5) day over a period.</summary>
public sealed record CrossingsPerDayResult(DateTimeOffset From, DateTimeOffset To, string? Checkpoint, IReadOnlyList<CrossingsPerDayDto> Days);

public sealed record CrossingsPerDayDto(string Checkpoint, DateOnly Day, long Count);
