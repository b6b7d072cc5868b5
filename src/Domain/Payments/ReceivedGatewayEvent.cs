namespace Seo.Domain.Payments;

/// <summary>
/// A gateway callback already acted on, by the gateway's event id: a repeated delivery finds it
/// and changes nothing. Written in the transaction that acted on the event.
/// </summary>
public sealed class ReceivedGatewayEvent
{
    private ReceivedGatewayEvent()
    {
    }

    public ReceivedGatewayEvent(string eventId, Guid intentId, string type, DateTimeOffset receivedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        EventId = eventId;
        IntentId = intentId;
        Type = type;
        ReceivedAt = receivedAt;
    }

    public const int MaxEventIdLength = 100;

    public string EventId { get; private set; } = string.Empty;

    public Guid IntentId { get; private set; }

    public string Type { get; private set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; private set; }
}
