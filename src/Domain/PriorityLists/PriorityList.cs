using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;

namespace Seo.Domain.PriorityLists;

/// <summary>
/// R6: the list of one kind that the registrar receives in advance (the designated postal
/// operator's vehicles, the authorised economic operators' vehicles). Each upload replaces the
/// list by a new immutable <see cref="PriorityListVersion"/> numbered one past the current one;
/// the current version is the latest. This head row is what concurrent uploads contend for:
/// its concurrency token lets only one of them commit a given number.
/// </summary>
public sealed class PriorityList : AggregateRoot<PriorityListKind>
{
    /// <summary>Enough for every vehicle of the postal operator or of all AEOs; more is a mistake in the upload.</summary>
    public const int MaxEntries = 10_000;

    private PriorityList()
    {
    }

    /// <summary>The number of the latest upload; 0 while nothing was ever uploaded.</summary>
    public int CurrentVersion { get; private set; }

    /// <summary>A list of <paramref name="kind"/> that nothing was uploaded to yet: it lists no vehicle.</summary>
    public static PriorityList Open(PriorityListKind kind) => new() { Id = kind };

    /// <summary>
    /// Makes <paramref name="entries"/> the list's next version. When the uploader names the
    /// version it read (<paramref name="expectedVersion"/>), a list that has moved on since is
    /// refused rather than overwritten.
    /// </summary>
    public Result<PriorityListVersion> Upload(IReadOnlyList<PriorityListEntry> entries, AccountId uploadedBy, int? expectedVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (expectedVersion is { } expected && expected != CurrentVersion)
        {
            return PriorityListErrors.StaleVersion with
            {
                Details = new Dictionary<string, object?> { ["currentVersion"] = CurrentVersion },
            };
        }

        if (entries.Count > MaxEntries)
        {
            return PriorityListErrors.TooManyEntries;
        }

        // Sets rather than comparing every pair: a list of MaxEntries is checked inside the upload's transaction.
        var vins = new HashSet<Vin>();
        var plates = new HashSet<(CountryCode, PlateNumber)>();
        foreach (var entry in entries)
        {
            if (Id == PriorityListKind.PostalOperator && (entry.OperatorBin is not null || entry.OperatorName is not null))
            {
                return PriorityListErrors.OperatorOnPostalList;
            }

            if ((entry.Vin is { } vin && !vins.Add(vin)) || (entry.Plate is { } plate && !plates.Add((entry.Country!, plate))))
            {
                return PriorityListErrors.DuplicateEntry;
            }
        }

        CurrentVersion++;
        var version = new PriorityListVersion(Id, CurrentVersion, entries, uploadedBy, now);
        Raise(new PriorityListUploaded(Id, CurrentVersion, entries.Count, uploadedBy.Value, now));
        return version;
    }
}

/// <summary>The registrar uploaded a new version of a priority list (R6).</summary>
public sealed record PriorityListUploaded(PriorityListKind Kind, int Version, int Vehicles, Guid UploadedBy, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);
