using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Common;
using Seo.Domain.Vehicles;

namespace Seo.Application.Sandbox.PutRegistryRecord;

public sealed class PutRegistryRecordHandler(ISandboxRegistries registries) : ICommandHandler<PutRegistryRecord, Result<RegistryRecordWritten>>
{
    public async ValueTask<Result<RegistryRecordWritten>> Handle(PutRegistryRecord command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var description = RegistryCatalog.Describe(command.Registry);

        // Stored in the normal form the booking's value objects have, so the checks find them.
        var record = new RegistryRecordData(
            command.Registry,
            RecordKey.Normalise(description.Key, command.Key).Value,
            command.Reference!.Trim().ToUpperInvariant(),
            command.Holder is null ? null : RecordKey.Normalise(command.Registry == SimulatedRegistry.Vehicles ? RecordKeyKind.TaxId : RecordKeyKind.DocumentNumber, command.Holder).Value,
            command.Vin is null ? null : Vin.Create(command.Vin).Value.Value,
            command.Plate is null ? null : PlateNumber.Create(command.Plate).Value.Value,
            command.LicenceCategories?.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            command.Goods,
            command.ValidUntil,
            command.Released,
            string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim());
        return await registries.PutAsync(record, cancellationToken);
    }
}
