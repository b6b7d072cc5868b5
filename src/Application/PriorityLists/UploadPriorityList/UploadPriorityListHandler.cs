using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.PriorityLists.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Identity;
using Seo.Domain.PriorityLists;
using Seo.Domain.Vehicles;

namespace Seo.Application.PriorityLists.UploadPriorityList;

public sealed class UploadPriorityListHandler(
    IRepository<PriorityList> lists,
    IRepository<PriorityListVersion> versions,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<UploadPriorityList, Result<PriorityListDto>>
{
    public async ValueTask<Result<PriorityListDto>> Handle(UploadPriorityList command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (currentUser.AccountId is not { } registrar)
        {
            return AccountErrors.NotAUser;
        }

        var entries = new List<PriorityListEntry>(command.Vehicles!.Count);
        foreach (var vehicle in command.Vehicles)
        {
            var entry = ToEntry(vehicle);
            if (!entry.IsSuccess)
            {
                return entry.Error;
            }

            entries.Add(entry.Value);
        }

        var kind = PriorityListKindRules.ParseKind(command.Kind);
        var list = await lists.FirstOrDefaultAsync(new PriorityListByKindSpec(kind), cancellationToken);
        if (list is null)
        {
            // The first upload of a kind creates its head; two first uploads racing meet at its key.
            list = PriorityList.Open(kind);
            await lists.AddAsync(list, cancellationToken);
        }

        var uploaded = list.Upload(entries, registrar, command.ExpectedVersion, clock.GetUtcNow());
        if (!uploaded.IsSuccess)
        {
            return uploaded.Error;
        }

        await versions.AddAsync(uploaded.Value, cancellationToken);
        return PriorityListDto.From(uploaded.Value);
    }

    /// <summary>Validated input to an entry; the validator has already proved each part parses.</summary>
    private static Result<PriorityListEntry> ToEntry(PriorityVehicleInput input) =>
        PriorityListEntry.Create(
            input.CountryOfRegistration is null ? null : CountryCode.Create(input.CountryOfRegistration).Value,
            input.Plate is null ? null : PlateNumber.Create(input.Plate).Value,
            input.Vin is null ? null : Vin.Create(input.Vin).Value,
            input.OperatorBin is null ? null : Bin.Create(input.OperatorBin).Value,
            input.OperatorName);
}
