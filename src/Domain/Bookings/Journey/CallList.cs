using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Domain.Bookings.Journey;

/// <summary>
/// R33, R34: the vehicles one call round called at a checkpoint, in the queue's order (R31). The
/// officers receive it over a main and a backup channel; it is kept as it was sent.
/// </summary>
public sealed class CallList : AggregateRoot<Guid>
{
    private CallList()
    {
    }

    public CheckpointCode Checkpoint { get; private set; } = null!;

    public DateTimeOffset CalledAt { get; private set; }

    public IReadOnlyList<JourneyBooking> Vehicles { get; private set; } = [];

    public static CallList Issue(CheckpointCode checkpoint, IReadOnlyList<JourneyBooking> vehicles, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(vehicles);
        ArgumentOutOfRangeException.ThrowIfZero(vehicles.Count);
        var list = new CallList { Id = Guid.CreateVersion7(), Checkpoint = checkpoint, CalledAt = now, Vehicles = [.. vehicles] };
        list.Raise(new CallListIssued(list.Id, checkpoint.Value, now, list.Vehicles, now));
        return list;
    }
}

/// <summary>R33: a call list for the officers of a checkpoint, in queue order. Plain values only.</summary>
public sealed record CallListIssued(Guid CallListId, string Checkpoint, DateTimeOffset CalledAt, IReadOnlyList<JourneyBooking> Vehicles, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);
