using Seo.Domain.Checkpoints;

namespace Seo.Application.Checkpoints;

public sealed record CheckpointDto(
    string Code,
    string NameRu,
    string NameLatin,
    string NeighbourCountry,
    string RegionRu,
    string RegionEn,
    string TimeZone,
    CapacityDto Capacity,
    bool HasWaitingZone);

public sealed record CapacityDto(string OpensAt, int HoursOpen, int IntervalMinutes, int VehiclesPerInterval, int DailyThroughput);
