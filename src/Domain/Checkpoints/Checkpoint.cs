using Seo.Domain.Common;

namespace Seo.Domain.Checkpoints;

/// <summary>
/// A road checkpoint on the exit from Kazakhstan (R5, appendix) with the capacity the queue may
/// sell (R22: bookable capacity follows the checkpoint's throughput).
/// </summary>
public sealed class Checkpoint : AggregateRoot<CheckpointCode>
{
    private Checkpoint()
    {
    }

    public string NameRu { get; private set; } = string.Empty;

    public string NameLatin { get; private set; } = string.Empty;

    /// <summary>How messages to owners name the checkpoint: its Latin name, or its code where it has none.</summary>
    public string NameInMessages => string.IsNullOrWhiteSpace(NameLatin) ? Id.Value : NameLatin;

    /// <summary>ISO code of the country on the other side (CN, UZ, TM, RU).</summary>
    public string NeighbourCountry { get; private set; } = string.Empty;

    public string RegionRu { get; private set; } = string.Empty;

    public string RegionEn { get; private set; } = string.Empty;

    private TimeZoneInfo? _timeZone;

    /// <summary>IANA time zone of the checkpoint; booked intervals and the 90-day horizon are in its local time.</summary>
    public string TimeZoneId { get; private set; } = string.Empty;

    /// <summary>
    /// The baseline schedule: every date before the first version of the capacity plan. What a
    /// given date sells is <see cref="CapacityOn"/>.
    /// </summary>
    public CapacitySchedule Capacity { get; private set; } = CapacitySchedule.Default;

    private readonly List<CapacityPlanVersion> _capacityVersions = [];
    private CapacityPlan? _capacityPlan;

    /// <summary>Every version of the capacity plan the registrar made, oldest first (R22).</summary>
    public IReadOnlyList<CapacityPlanVersion> CapacityVersions => _capacityVersions;

    /// <summary>The capacity plan over time (R22): the baseline, then the registrar's versions.</summary>
    /// <remarks>Built once per instance from the stored versions: every availability read asks it for each date.</remarks>
    public CapacityPlan CapacityPlan => _capacityPlan ??= CapacityPlan.Restore(Capacity, _capacityVersions);

    /// <summary>
    /// R31: whether vehicles wait in a waiting zone and are called from it; without one, a vehicle
    /// goes straight to the checkpoint's entry. Stored inverted so that every checkpoint has a zone
    /// unless the registrar says otherwise.
    /// </summary>
    public bool HasWaitingZone => !WithoutWaitingZone;

    private bool WithoutWaitingZone { get; set; }

    public static Checkpoint Create(
        CheckpointCode code,
        string nameRu,
        string nameLatin,
        string neighbourCountry,
        string regionRu,
        string regionEn,
        string timeZoneId,
        CapacitySchedule capacity)
    {
        // An unknown zone would only fail at the first booking; refuse it here instead.
        _ = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        return new()
        {
            Id = code,
            NameRu = nameRu,
            NameLatin = nameLatin,
            NeighbourCountry = neighbourCountry,
            RegionRu = regionRu,
            RegionEn = regionEn,
            TimeZoneId = timeZoneId,
            Capacity = capacity,
        };
    }

    /// <remarks>Looked up once per instance: the lookup parses the zone's rules, and every local time of an interval needs them.</remarks>
    public TimeZoneInfo TimeZone => _timeZone ??= TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The checkpoint-local date and time at <paramref name="instant"/>.</summary>
    public DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    /// <summary>The instant at which a checkpoint-local date and time happens.</summary>
    public DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    /// <summary>The checkpoint-local date at <paramref name="instant"/>.</summary>
    public DateOnly DateAt(DateTimeOffset instant) => DateOnly.FromDateTime(LocalTime(instant));

    /// <summary>How <paramref name="date"/> (checkpoint-local) is cut into intervals and how many vehicles each takes (R22).</summary>
    public CapacitySchedule CapacityOn(DateOnly date) => CapacityPlan.ScheduleFor(date);

    /// <summary>The registrar records whether the checkpoint has a waiting zone (R31); bookings follow it from their next read.</summary>
    public Result SetWaitingZone(bool hasWaitingZone, DateTimeOffset now)
    {
        if (hasWaitingZone == HasWaitingZone)
        {
            return Result.Success();
        }

        WithoutWaitingZone = !hasWaitingZone;
        Raise(new CheckpointWaitingZoneChanged(Id, hasWaitingZone, now));
        return Result.Success();
    }

    /// <summary>
    /// The registrar makes a new version of the capacity plan (R22) from
    /// <paramref name="effectiveFrom"/> (checkpoint-local, today or later) on, on the version
    /// they read (<paramref name="expectedVersion"/>). Days already on sale follow it through the
    /// capacity ledger, in the same transaction.
    /// </summary>
    public Result<CapacityPlanVersion> ReviseCapacity(
        int expectedVersion,
        DateOnly effectiveFrom,
        WeeklyCapacity week,
        IReadOnlyList<CapacityOverride> exceptions,
        Guid changedBy,
        string? reason,
        DateTimeOffset now)
    {
        var revised = CapacityPlan.Revise(expectedVersion, effectiveFrom, week, exceptions, changedBy, reason, DateAt(now), now);
        if (!revised.IsSuccess)
        {
            return revised.Error;
        }

        _capacityVersions.Add(revised.Value);
        Raise(new CheckpointCapacityRevised(Id, revised.Value.Number, effectiveFrom, now));
        return revised;
    }
}

public sealed record CheckpointWaitingZoneChanged(CheckpointCode Checkpoint, bool HasWaitingZone, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>The checkpoint's capacity plan has a new version (R22), in force from <paramref name="EffectiveFrom"/>.</summary>
public sealed record CheckpointCapacityRevised(CheckpointCode Checkpoint, int Version, DateOnly EffectiveFrom, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);
