using Ardalis.Specification;
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

public sealed class PriorityListVersionSpec : Specification<PriorityListVersion>, ISingleResultSpecification<PriorityListVersion>
{
    public PriorityListVersionSpec(PriorityListKind kind, int number) =>
        Query.Where(v => v.Kind == kind && v.Number == number).AsNoTracking();
}

/// <summary>Whether a version of a list names the vehicle: by VIN, or by plate within its country.</summary>
public sealed class VersionListsVehicleSpec : Specification<PriorityListVersion>
{
    public VersionListsVehicleSpec(PriorityListKind kind, int number, Vehicle vehicle) =>
        Query.Where(v => v.Kind == kind && v.Number == number
            && v.Entries.Any(e => e.Vin == vehicle.Vin || (e.Plate == vehicle.Plate && e.Country == vehicle.CountryOfRegistration)));
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
