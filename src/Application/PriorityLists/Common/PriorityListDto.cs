using Seo.Domain.Accounts;
using Seo.Domain.PriorityLists;
using Seo.Application.Common.Validation;

namespace Seo.Application.PriorityLists.Common;

/// <summary>
/// A version of a priority list with its vehicles, who uploaded it and when. A list nothing was
/// uploaded to yet is version 0 with no vehicles and no uploader.
/// </summary>
public sealed record PriorityListDto(
    string Kind, int Version, Guid? UploadedBy, DateTimeOffset? UploadedAt, int VehicleCount, IReadOnlyList<PriorityVehicleDto> Vehicles)
{
    public static PriorityListDto From(PriorityListVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return From(version.Kind, version.Number, version.UploadedBy, version.UploadedAt, version.Entries);
    }

    /// <summary>The same answer from a version's columns and entries, as a query selects them without loading the version.</summary>
    public static PriorityListDto From(PriorityListKind kind, int number, AccountId uploadedBy, DateTimeOffset uploadedAt, IReadOnlyCollection<PriorityListEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new(
            kind.Slug(),
            number,
            uploadedBy.Value,
            uploadedAt,
            entries.Count,
            // The store keeps no order among a version's vehicles; the answer gives them in one that never changes.
            [.. entries.Select(PriorityVehicleDto.From)
                .OrderBy(v => v.CountryOfRegistration, StringComparer.Ordinal).ThenBy(v => v.Plate, StringComparer.Ordinal).ThenBy(v => v.Vin, StringComparer.Ordinal)]);
    }

    public static PriorityListDto NeverUploaded(PriorityListKind kind) => new(kind.Slug(), 0, null, null, 0, []);
}

/// <summary>One vehicle on a list, as uploaded (plate normalised); a list gives them by country, plate and VIN.</summary>
public sealed record PriorityVehicleDto(string? CountryOfRegistration, string? Plate, string? Vin, string? OperatorBin, string? OperatorName)
{
    public static PriorityVehicleDto From(PriorityListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Country?.Value, entry.Plate?.Value, entry.Vin?.Value, entry.OperatorBin?.Value, entry.OperatorName);
    }
}

/// <summary>A version in a list's history, without its vehicles.</summary>
public sealed record PriorityListVersionSummary(int Version, Guid UploadedBy, DateTimeOffset UploadedAt, int VehicleCount);

/// <summary>One page of a list's history, newest version first.</summary>
public sealed record PriorityListHistory(string Kind, int CurrentVersion, int Page, int PageSize, int Total, IReadOnlyList<PriorityListVersionSummary> Items)
{
    public int TotalPages => PagingRules.PageCount(Total, PageSize);
}
