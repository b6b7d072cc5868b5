namespace Seo.Domain.Bookings.Journey;

/// <summary>
/// A booking as the checkpoint's journey events carry it: plain values only, so that live views,
/// boards and message senders read an outbox payload without the domain's value objects.
/// </summary>
public sealed record JourneyBooking(
    Guid BookingId,
    Guid Owner,
    string Checkpoint,
    string Number,
    string Plate,
    DateOnly Date,
    TimeOnly Start,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    bool Priority,
    int SequenceNumber);
