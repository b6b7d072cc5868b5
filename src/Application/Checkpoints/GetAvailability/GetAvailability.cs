using System.Text.Json.Serialization;
using Mediator;
using Seo.Domain.Common;

namespace Seo.Application.Checkpoints.GetAvailability;

/// <summary>Free capacity by interval at a checkpoint between two checkpoint-local dates (at most 31 days).</summary>
public sealed record GetAvailability(string? Checkpoint, DateOnly? From, DateOnly? To) : IQuery<Result<AvailabilityDto>>;

/// <param name="Source">Which store answered; the API sends it as a header (<c>Seo-Availability-Source</c>), not in the body.</param>
public sealed record AvailabilityDto(
    string Checkpoint,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<IntervalAvailabilityDto> Intervals,
    [property: JsonIgnore] AvailabilitySource Source = AvailabilitySource.ReadModel);

public sealed record IntervalAvailabilityDto(
    DateOnly Date,
    string Start,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Capacity,
    int Booked,
    int PriorityBooked,
    int Free,
    bool Bookable);
