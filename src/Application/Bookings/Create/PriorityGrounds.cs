using Seo.Application.Common.Ports;
using Seo.Application.PriorityLists.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Common;
using Seo.Domain.Identity;
using Seo.Domain.PriorityLists;
using Seo.Domain.Vehicles;

namespace Seo.Application.Bookings.Create;

/// <summary>
/// R6 at booking time: whether the priority ground claimed is proved — by the papers the cargo
/// carries, or by the vehicle (and, where the entry names one, its operator) being on the current
/// version of the registrar's list. What the
/// papers say (that the declaration really is for live animals, dangerous goods, …) is for the
/// registry checks 15 and 16 to verify.
/// </summary>
public sealed class PriorityGrounds(IRepository<PriorityList> lists, IRepository<PriorityListVersion> versions)
{
    public async Task<Result> ProveAsync(PriorityCategory ground, Vehicle vehicle, Cargo cargo, BookingOwner owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var onList = PriorityListKinds.ListFor(ground) is { } kind && await IsListedAsync(kind, vehicle, OwnerBin(owner), cancellationToken);
        return new PriorityGroundsProvedRule(ground, cargo, onList).Check();
    }

    /// <summary>The owner's tax id as a BIN; an owner without one (a foreign carrier) matches no operator-named entry.</summary>
    private static Bin? OwnerBin(BookingOwner owner) =>
        Bin.Create(owner.TaxId) is { IsSuccess: true } bin ? bin.Value : null;

    private async Task<bool> IsListedAsync(PriorityListKind kind, Vehicle vehicle, Bin? ownerBin, CancellationToken cancellationToken)
    {
        var list = await lists.FirstOrDefaultAsync(new PriorityListByKindSpec(kind, tracked: false), cancellationToken);
        return list is { CurrentVersion: > 0 }
            && await versions.AnyAsync(new VersionListsVehicleSpec(kind, list.CurrentVersion, vehicle, ownerBin), cancellationToken);
    }
}
