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
