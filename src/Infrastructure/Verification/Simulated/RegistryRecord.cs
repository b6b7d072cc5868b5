using Seo.Application.Sandbox.Common;

namespace Seo.Infrastructure.Verification.Simulated;

/// <summary>
/// One record of a simulated state registry in the write store, keyed by (registry, key). The
/// registries share one table: their records differ only in which of a few typed fields they use
/// (<see cref="RegistryCatalog"/> says which, and the sandbox refuses the others).
/// </summary>
public sealed class RegistryRecord
{
    private RegistryRecord()
    {
    }

    public SimulatedRegistry Registry { get; private set; }

    public string Key { get; private set; } = string.Empty;

    public string Reference { get; private set; } = string.Empty;

    public string? Holder { get; private set; }

    public string? Vin { get; private set; }

    public string? Plate { get; private set; }

    /// <summary>Space-separated, e.g. "C CE".</summary>
    public string? LicenceCategories { get; private set; }

    public GoodsCategory? Goods { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    public bool? Released { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool HasCategory(string category) => LicenceCategories?.Split(' ').Contains(category, StringComparer.Ordinal) == true;

    public static RegistryRecord From(RegistryRecordData data, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(data);
        var record = new RegistryRecord { Registry = data.Registry, Key = data.Key };
        record.Replace(data, now);
        return record;
    }

    public void Replace(RegistryRecordData data, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(data);
        Reference = data.Reference;
        Holder = data.Holder;
        Vin = data.Vin;
        Plate = data.Plate;
        LicenceCategories = data.LicenceCategories is null ? null : string.Join(' ', data.LicenceCategories);
        Goods = data.Goods;
        ValidUntil = data.ValidUntil;
        Released = data.Released;
        Note = data.Note;
        UpdatedAt = now;
    }

    public RegistryRecordData ToData() => new(
        Registry, Key, Reference, Holder, Vin, Plate,
        LicenceCategories?.Split(' ', StringSplitOptions.RemoveEmptyEntries), Goods, ValidUntil, Released, Note);
}

/// <summary>A simulated registry the sandbox switched out of service; a registry without a row is in service.</summary>
public sealed class RegistryServiceState
{
    private RegistryServiceState()
    {
    }

    public RegistryServiceState(SimulatedRegistry registry, bool inService, DateTimeOffset changedAt)
    {
        Registry = registry;
        InService = inService;
        ChangedAt = changedAt;
    }

    public SimulatedRegistry Registry { get; private set; }

    public bool InService { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public void Switch(bool inService, DateTimeOffset now)
    {
        InService = inService;
        ChangedAt = now;
    }
}
