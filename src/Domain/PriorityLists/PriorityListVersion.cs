using Seo.Domain.Accounts;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;

namespace Seo.Domain.PriorityLists;

/// <summary>
/// One upload of a priority list, never changed afterwards: which list, its number, the
/// vehicles, and which registrar account uploaded it when. Only <see cref="PriorityList.Upload"/>
/// makes one, so numbers follow each other without gaps.
/// </summary>
public sealed class PriorityListVersion
{
    private readonly List<PriorityListEntry> _entries = [];

    private PriorityListVersion()
    {
    }

    internal PriorityListVersion(PriorityListKind kind, int number, IEnumerable<PriorityListEntry> entries, AccountId uploadedBy, DateTimeOffset uploadedAt)
    {
        Kind = kind;
        Number = number;
        _entries = [.. entries];
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public PriorityListKind Kind { get; private init; }

    public int Number { get; private init; }

    public IReadOnlyList<PriorityListEntry> Entries => _entries;

    public AccountId UploadedBy { get; private init; }

    public DateTimeOffset UploadedAt { get; private init; }

    public bool Lists(Vehicle vehicle, Bin? ownerBin) => _entries.Any(e => e.Names(vehicle, ownerBin));
}
