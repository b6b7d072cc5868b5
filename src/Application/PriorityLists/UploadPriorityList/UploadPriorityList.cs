using Seo.Application.Common.Ports;
using Seo.Application.Audit;
using Mediator;
using Seo.Application.PriorityLists.Common;
using Seo.Domain.Common;

namespace Seo.Application.PriorityLists.UploadPriorityList;

/// <summary>
/// R6: the registrar uploads the whole list of a kind (<c>postal-operator</c>,
/// <c>authorised-economic-operators</c>); it becomes the list's next version. With
/// <see cref="ExpectedVersion"/> the upload is refused if someone uploaded since that version.
/// </summary>
public sealed record UploadPriorityList(string? Kind, IReadOnlyList<PriorityVehicleInput>? Vehicles, int? ExpectedVersion) : ICommand<Result<PriorityListDto>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.PriorityListUploaded, Kind, new { version = (answer as PriorityListDto)?.Version, vehicles = Vehicles?.Count });
}

/// <summary>A vehicle on the list: plate with its country, VIN, or both; for an AEO optionally the operator.</summary>
public sealed record PriorityVehicleInput(string? CountryOfRegistration, string? Plate, string? Vin, string? OperatorBin = null, string? OperatorName = null);
