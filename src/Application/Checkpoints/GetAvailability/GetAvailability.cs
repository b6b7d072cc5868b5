using Mediator;
using Seo.Domain.Common;

namespace Seo.Application.Checkpoints.GetAvailability;

/// <summary>Free capacity by interval at a checkpoint between two checkpoint-local dates (at most 31 days).</summary>
public sealed record GetAvailability(string? Checkpoint, DateOnly? From, DateOnly? To) : IQuery<Result<AvailabilityDto>>;

public sealed record AvailabilityDto(string Checkpoint, DateOnly From, DateOnly To, IReadOnlyList<IntervalAvailabilityDto> Intervals);

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
