using Ardalis.Specification;
using Seo.Domain.Identity;
using Seo.Domain.PriorityLists;
using Seo.Domain.Vehicles;

namespace Seo.Application.PriorityLists.Common;

public sealed class PriorityListByKindSpec : Specification<PriorityList>, ISingleResultSpecification<PriorityList>
{
    public PriorityListByKindSpec(PriorityListKind kind, bool tracked = true)
    {
        Query.Where(l => l.Id == kind);
        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}

/// <summary>The number of a list's current version (0 when there is no list yet), read without loading the list.</summary>
public sealed class CurrentVersionOfListSpec : Specification<PriorityList, int>, ISingleResultSpecification<PriorityList, int>
{
    public CurrentVersionOfListSpec(PriorityListKind kind)
    {
        Query.Where(l => l.Id == kind).AsNoTracking();
        Query.Select(l => l.CurrentVersion);
    }
}

/// <summary>A version of a list as the list's answer shows it: its columns and its vehicles, selected without loading the version.</summary>
public sealed class PriorityListVersionSpec : Specification<PriorityListVersion, PriorityListDto>, ISingleResultSpecification<PriorityListVersion, PriorityListDto>
{
    public PriorityListVersionSpec(PriorityListKind kind, int number)
    {
        Query.Where(v => v.Kind == kind && v.Number == number).AsNoTracking();
        Query.Select(v => PriorityListDto.From(v.Kind, v.Number, v.UploadedBy, v.UploadedAt, v.Entries.ToList()));
    }
}

/// <summary>
/// Whether a version of a list has an entry all of whose parts match the booking: its VIN when
/// listed, its plate within its country when listed, and the owner's BIN when the entry names an
/// operator (R6: a listed VIN or plate alone does not lend priority to another truck or owner).
/// </summary>
public sealed class VersionListsVehicleSpec : Specification<PriorityListVersion>
{
    public VersionListsVehicleSpec(PriorityListKind kind, int number, Vehicle vehicle, Bin? ownerBin)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        var (vin, plate, country) = (vehicle.Vin, vehicle.Plate, vehicle.CountryOfRegistration);
        Query.Where(v => v.Kind == kind && v.Number == number);
        // Two shapes rather than a comparison with a null BIN, which the value converter never sees.
        if (ownerBin is null)
        {
            Query.Where(v => v.Entries.Any(e =>
                (e.Vin == null || e.Vin == vin) && (e.Plate == null || (e.Plate == plate && e.Country == country)) && e.OperatorBin == null));
        }
        else
        {
            Query.Where(v => v.Entries.Any(e =>
                (e.Vin == null || e.Vin == vin) && (e.Plate == null || (e.Plate == plate && e.Country == country))
                && (e.OperatorBin == null || e.OperatorBin == ownerBin)));
        }
    }
}

/// <summary>A page of a list's versions, newest first, each without its vehicles.</summary>
public sealed class PriorityListVersionsSpec : Specification<PriorityListVersion, PriorityListVersionSummary>
{
    public PriorityListVersionsSpec(PriorityListKind kind, int skip, int take)
    {
        Query.Where(v => v.Kind == kind).AsNoTracking().OrderByDescending(v => v.Number).Skip(skip).Take(take);
        Query.Select(v => new PriorityListVersionSummary(v.Number, v.UploadedBy.Value, v.UploadedAt, v.Entries.Count));
    }
}
