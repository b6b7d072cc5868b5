using Riok.Mapperly.Abstractions;
using Seo.Application.Common.Mapping;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Checkpoints;

[Mapper]
public static partial class CheckpointMapper
{
    [MapProperty(nameof(Checkpoint.Id), nameof(CheckpointDto.Code))]
    [MapProperty(nameof(Checkpoint.TimeZoneId), nameof(CheckpointDto.TimeZone))]
    [MapperIgnoreSource(nameof(Checkpoint.DomainEvents))]
    [MapperIgnoreSource(nameof(Checkpoint.Version))]
    [MapperIgnoreSource(nameof(Checkpoint.TimeZone))]
    public static partial CheckpointDto ToDto(this Checkpoint checkpoint);

    [MapperIgnoreSource(nameof(CapacitySchedule.IntervalsPerDay))]
    [MapperIgnoreSource(nameof(CapacitySchedule.IntervalLength))]
    [MapperIgnoreSource(nameof(CapacitySchedule.IsClosed))] // shown as its 0 vehicles per interval
    private static partial CapacityDto ToDto(CapacitySchedule capacity);

    private static string CodeToString(CheckpointCode code) => code.Value;

    private static string TimeToString(TimeOnly time) => LocalTimeText.Of(time);
}
