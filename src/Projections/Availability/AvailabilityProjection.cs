using Seo.Application.Common.Events;
using Seo.Application.Common.Ports;

namespace Seo.Projections.Availability;

/// <summary>
/// Feeds the availability read model from the outbox: each <see cref="SlotCountChanged"/> carries
/// a ledger row as its transaction committed it, and is applied under the read model's version
/// guard, so a repeated or late delivery changes nothing. A failure (the read model's store is
/// down) is thrown back to the dispatcher, which retries with back-off; a rebuild repairs what
/// was poisoned meanwhile.
/// </summary>
public sealed class AvailabilityProjection(IAvailabilityReadModel readModel) : IOutboxHandler
{
    public bool Accepts(string eventType) => string.Equals(eventType, SlotCountChanged.EventType, StringComparison.Ordinal);

    public async Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var changed = SlotCountChanged.FromPayload(envelope.Payload);
        await readModel.ApplyAsync([changed.Count], cancellationToken);
    }
}
