using Seo.Application.Common.Ports;
using Seo.Application.Audit;
using Mediator;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Common;

namespace Seo.Application.Sandbox.PutRegistryRecord;

/// <summary>
/// The sandbox's registrar creates a record of a simulated registry, or replaces the one with the
/// same key: sending it twice leaves one record. Fields a registry does not use are refused.
/// </summary>
public sealed record PutRegistryRecord(
    SimulatedRegistry Registry,
    string? Key,
    string? Reference,
    string? Holder,
    string? Vin,
    string? Plate,
    IReadOnlyList<string>? LicenceCategories,
    GoodsCategory? Goods,
    DateOnly? ValidUntil,
    bool? Released,
    string? Note) : ICommand<Result<RegistryRecordWritten>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.SandboxChanged, $"{Registry}/{Key}", new { operation = "put-record", registry = Registry.ToString(), key = Key });
}
