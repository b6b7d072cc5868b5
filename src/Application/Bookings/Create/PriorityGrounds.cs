using Seo.Application.Common.Ports;
using Seo.Application.PriorityLists.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Common;
using Seo.Domain.PriorityLists;
using Seo.Domain.Vehicles;

namespace Seo.Application.Bookings.Create;

/// <summary>
/// R6 at booking time: whether the priority ground claimed is proved — by the papers the cargo
/// carries, or by the vehicle being on the current version of the registrar's list. What the
/// papers say (that the declaration really is for live animals, dangerous goods, …) is for the
/// registry checks 15 and 16 to verify.
/// </summary>
public sealed class PriorityGrounds(IRepository<PriorityList> lists, IRepository<PriorityListVersion> versions)
{
    public async Task<Result> ProveAsync(PriorityCategory ground, Vehicle vehicle, Cargo cargo, CancellationToken cancellationToken)
    {
        var onList = PriorityListKinds.ListFor(ground) is { } kind && await IsListedAsync(kind, vehicle, cancellationToken);
        return new PriorityGroundsProvedRule(ground, cargo, onList).Check();
    }

    private async Task<bool> IsListedAsync(PriorityListKind kind, Vehicle vehicle, CancellationToken cancellationToken)
    {
        var list = await lists.FirstOrDefaultAsync(new PriorityListByKindSpec(kind, tracked: false), cancellationToken);
        return list is { CurrentVersion: > 0 }
            && await versions.AnyAsync(new VersionListsVehicleSpec(kind, list.CurrentVersion, vehicle), cancellationToken);
    }
}
