using Riok.Mapperly.Abstractions;
using Seo.Application.Common.Mapping;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Checkpoints;

[Mapper]
public static partial class CheckpointMapper
{
    /// <summary>The checkpoint with the capacity it sells on <paramref name="date"/> (checkpoint-local; R22).</summary>
    public static CheckpointDto ToDto(this Checkpoint checkpoint, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return checkpoint.ToDtoOnBaseline() with { Capacity = checkpoint.CapacityOn(date).ToDto() };
    }

    [MapperIgnoreSource(nameof(CapacitySchedule.IntervalsPerDay))]
    [MapperIgnoreSource(nameof(CapacitySchedule.IntervalLength))]
    [MapperIgnoreSource(nameof(CapacitySchedule.IsClosed))] // shown as its 0 vehicles per interval
    public static partial CapacityDto ToDto(this CapacitySchedule capacity);

    [MapProperty(nameof(Checkpoint.Id), nameof(CheckpointDto.Code))]
    [MapProperty(nameof(Checkpoint.TimeZoneId), nameof(CheckpointDto.TimeZone))]
    [MapperIgnoreSource(nameof(Checkpoint.DomainEvents))]
    [MapperIgnoreSource(nameof(Checkpoint.Version))]
    [MapperIgnoreSource(nameof(Checkpoint.TimeZone))]
    [MapperIgnoreSource(nameof(Checkpoint.CapacityPlan))]
    [MapperIgnoreSource(nameof(Checkpoint.CapacityVersions))]
    [MapperIgnoreSource(nameof(Checkpoint.NameInMessages))] // the DTO has both names
    private static partial CheckpointDto ToDtoOnBaseline(this Checkpoint checkpoint);

    private static string CodeToString(CheckpointCode code) => code.Value;

    private static string TimeToString(TimeOnly time) => LocalTimeText.Of(time);
}
