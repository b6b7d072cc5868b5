using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.OpenData.RecordFacts;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Bookings.Journey;

namespace Seo.Application.OpenData.Common;

/// <summary>
/// Feeds the open data (<see cref="CheckpointVisit"/>) from the journey's events as the outbox
/// delivers them (at least once): arrivals, entries and crossings from <see cref="BookingProgressed"/>,
/// no-shows and late annulments from <see cref="BookingAnnulled"/>. A failure throws, and the
/// outbox delivers the event again later.
/// </summary>
public sealed class OpenDataProjection(IMediator mediator) : IOutboxHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public bool Accepts(string eventType) => eventType is nameof(BookingProgressed) or nameof(BookingAnnulled);

    public async Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var (booking, fact) = envelope.Type == nameof(BookingProgressed) ? Progress(Read<ProgressPayload>(envelope)) : Annulment(Read<AnnulmentPayload>(envelope));
        if (fact is not { } known)
        {
            return;
        }

        var recorded = await mediator.Send(new RecordJourneyFact(booking, known, envelope.OccurredAt), cancellationToken);
        if (!recorded.IsSuccess)
        {
            throw new InvalidOperationException($"The open data of {envelope.Type} #{envelope.Sequence} was not recorded: {recorded.Error}");
        }
    }

    /// <summary>Which step of the journey a status change is, if the open data counts it.</summary>
    public static JourneyFact? FactOf(BookingStatus from, BookingStatus to) => to switch
    {
        BookingStatus.InWaitingZone => JourneyFact.Arrived,
        // A vehicle called before it arrived enters the zone as called.
        BookingStatus.Called when from == BookingStatus.Confirmed => JourneyFact.Arrived,
        BookingStatus.AtCheckpoint => JourneyFact.Entered,
        BookingStatus.Completed => JourneyFact.Crossed,
        BookingStatus.RefusedEntry => JourneyFact.RefusedEntry,
        _ => null,
    };

    private static (JourneyBooking, JourneyFact?) Progress(ProgressPayload payload) => (payload.Booking, FactOf(payload.From, payload.To));

    private static (JourneyBooking, JourneyFact?) Annulment(AnnulmentPayload payload) =>
        (payload.Booking, payload.Reason == AnnulmentReason.NoShow ? JourneyFact.NoShow : JourneyFact.AnnulledLate);

    private static T Read<T>(OutboxEnvelope envelope)
        where T : class =>
        JsonSerializer.Deserialize<T>(envelope.Payload, Json) ?? throw new JsonException($"Outbox event #{envelope.Sequence} has an empty {envelope.Type} payload.");

    private sealed record ProgressPayload(JourneyBooking Booking, BookingStatus From, BookingStatus To);

    private sealed record AnnulmentPayload(JourneyBooking Booking, AnnulmentReason Reason);
}
