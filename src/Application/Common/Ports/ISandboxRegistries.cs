using Seo.Application.Sandbox.Common;

namespace Seo.Application.Common.Ports;

/// <summary>
/// The simulated state registries as the sandbox's registrar manages them, so integrators can
/// reproduce every answer of the checks of R18. Writes join the command's unit of work.
/// </summary>
public interface ISandboxRegistries
{
    Task<IReadOnlyList<RegistrySummary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Records of one registry whose key, reference or holder contains <paramref name="search"/> (any record when null).</summary>
    Task<RegistryRecordPage> RecordsAsync(SimulatedRegistry registry, string? search, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>Creates the record, or replaces the one with the same key in the same registry.</summary>
    Task<RegistryRecordWritten> PutAsync(RegistryRecordData record, CancellationToken cancellationToken);

    /// <summary>False when the registry holds no record with that key.</summary>
    Task<bool> DeleteAsync(SimulatedRegistry registry, string key, CancellationToken cancellationToken);

    Task SetInServiceAsync(SimulatedRegistry registry, bool inService, CancellationToken cancellationToken);

    /// <summary>Every registry back to the demo data set (dated from today), every one in service.</summary>
    Task ResetAsync(CancellationToken cancellationToken);
}
