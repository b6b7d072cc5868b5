namespace Seo.Application.Common.Ports;

/// <summary>
/// A domain event as the outbox delivers it: at least once, so a handler must make a repeated
/// delivery change nothing (by <see cref="EventId"/> or by a version it compares).
/// </summary>
public sealed record OutboxEnvelope(
    long Sequence, Guid EventId, string Type, string AggregateType, string AggregateId, string Payload, DateTimeOffset OccurredAt);

/// <summary>
/// Consumes outbox events (a projection feeding a read model). A handler that throws has the
/// event delivered again later, with back-off; after too many failures the event is set aside
/// for a registrar to replay.
/// </summary>
public interface IOutboxHandler
{
    /// <summary>Whether this handler wants events of this type (the event's class name).</summary>
    bool Accepts(string eventType);

    Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken);
}

/// <summary>
/// A handler that takes a dispatch round's events of its types in one call, for a read model whose
/// cost is per write rather than per event (one commit and refresh of a search index for a hundred
/// camera reads instead of one each). The events come in commit order; a batch that throws is
/// delivered again one event at a time through <see cref="IOutboxHandler.HandleAsync"/>, so that
/// one bad event backs off alone and does not hold back the rest of the round.
/// </summary>
public interface IOutboxBatchHandler : IOutboxHandler
{
    Task HandleBatchAsync(IReadOnlyList<OutboxEnvelope> envelopes, CancellationToken cancellationToken);
}
