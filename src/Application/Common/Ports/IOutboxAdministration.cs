namespace Seo.Application.Common.Ports;

/// <summary>What a registrar sees of the outbox and may do with it.</summary>
public interface IOutboxAdministration
{
    Task<OutboxStatus> StatusAsync(int poisonedToShow, CancellationToken cancellationToken);

    /// <summary>Puts a poisoned event back in line for delivery.</summary>
    Task<ReplayOutcome> ReplayAsync(long sequence, CancellationToken cancellationToken);

    /// <summary>Puts every poisoned event (only those of <paramref name="type"/>, when given) back in line; returns how many.</summary>
    Task<int> ReplayAllAsync(string? type, CancellationToken cancellationToken);
}

public enum ReplayOutcome
{
    Replayed,
    NotPoisoned,
    NotFound,
}

/// <summary>The backlog (events waiting for delivery, poisoned ones counted apart), its oldest event, and the events set aside after too many failures.</summary>
public sealed record OutboxStatus(int Pending, int Poisoned, DateTimeOffset? OldestPendingAt, IReadOnlyList<PoisonedEvent> PoisonedEvents)
{
    /// <summary>How long the oldest waiting event has waited at <paramref name="now"/>; null when none waits.</summary>
    public TimeSpan? LagAt(DateTimeOffset now) => OldestPendingAt is { } oldest ? (now > oldest ? now - oldest : TimeSpan.Zero) : null;
}

public sealed record PoisonedEvent(long Sequence, Guid EventId, string Type, string AggregateId, DateTimeOffset OccurredAt, int Attempts, string? LastError, DateTimeOffset PoisonedAt);
