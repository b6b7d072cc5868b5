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

    /// <summary>ISO code of the country on the other side (CN, UZ, TM, RU).</summary>
    public string NeighbourCountry { get; private set; } = string.Empty;

    public string RegionRu { get; private set; } = string.Empty;

    public string RegionEn { get; private set; } = string.Empty;

    private TimeZoneInfo? _timeZone;

    /// <summary>IANA time zone of the checkpoint; booked intervals and the 90-day horizon are in its local time.</summary>
    public string TimeZoneId { get; private set; } = string.Empty;

    public CapacitySchedule Capacity { get; private set; } = CapacitySchedule.Default;

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

    /// <summary>Sets the capacity the queue sells from now on; bookings already held are not touched.</summary>
    public Result ChangeCapacity(CapacitySchedule capacity, DateTimeOffset now)
    {
        Capacity = capacity;
        Raise(new CheckpointCapacityChanged(Id, capacity, now));
        return Result.Success();
    }
}

public sealed record CheckpointWaitingZoneChanged(CheckpointCode Checkpoint, bool HasWaitingZone, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

public sealed record CheckpointCapacityChanged(CheckpointCode Checkpoint, CapacitySchedule Capacity, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);
