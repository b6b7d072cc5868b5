using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Common;
using Seo.Domain.Messaging;
using Seo.Domain.Notifications;

namespace Seo.Application.Messaging.CreateJourneyMessages;

/// <summary>
/// Turns the journey's events, as the outbox delivers them (at least once), into the cabinet
/// notifications and the outbound messages: <see cref="BookingReminded"/> (R29),
/// <see cref="BookingCalled"/> (R34), <see cref="BookingAnnulled"/> (R35, R28) and
/// <see cref="CallListIssued"/> (R33). A repeated delivery finds them made and changes nothing;
/// any other failure throws, and the outbox delivers the event again later.
/// </summary>
public sealed class JourneyMessagesProjection(IMediator mediator) : IOutboxHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Reads an enum written by name or by number alike.
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        nameof(BookingReminded), nameof(BookingCalled), nameof(BookingAnnulled), nameof(CallListIssued),
    };

    public bool Accepts(string eventType) => Types.Contains(eventType);

    public async Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ICommand<Result<int>> command = envelope.Type switch
        {
            nameof(BookingReminded) => new CreateBookingMessages(NotificationKind.Reminder, Read<JourneyPayload>(envelope).Booking),
            nameof(BookingCalled) => Read<CallPayload>(envelope).ToCommand(),
            nameof(BookingAnnulled) => Read<AnnulmentPayload>(envelope).ToCommand(),
            nameof(CallListIssued) => Read<CallListPayload>(envelope).ToCommand(),
            _ => throw new InvalidOperationException($"{nameof(JourneyMessagesProjection)} does not handle {envelope.Type}."),
        };
        var result = await mediator.Send(command, cancellationToken);
        if (!result.IsSuccess && result.Error.Code != MessagingErrors.AlreadyCreated.Code)
        {
            // Thrown, the event is delivered again with back-off (and set aside after too many failures).
            throw new InvalidOperationException($"The messages of {envelope.Type} #{envelope.Sequence} were not made: {result.Error}");
        }
    }

    private static T Read<T>(OutboxEnvelope envelope)
        where T : class
    {
        var payload = JsonSerializer.Deserialize<T>(envelope.Payload, Json)
            ?? throw new JsonException($"Outbox event #{envelope.Sequence} has an empty {envelope.Type} payload.");
        return payload;
    }

    /// <summary>The parts of the events this projection reads; the rest of each payload is ignored.</summary>
    private sealed record JourneyPayload(JourneyBooking Booking);

    private sealed record CallPayload(JourneyBooking Booking, bool InWaitingZone)
    {
        public CreateBookingMessages ToCommand() => new(NotificationKind.Call, Booking, InWaitingZone);
    }

    /// <summary>R35, R28: a no-show is an annulment, a late arrival or departure is "late".</summary>
    private sealed record AnnulmentPayload(JourneyBooking Booking, AnnulmentReason Reason)
    {
        public CreateBookingMessages ToCommand() => new(Notification.KindOf(Reason), Booking, Reason: Reason);
    }

    private sealed record CallListPayload(Guid CallListId, string Checkpoint, DateTimeOffset CalledAt, IReadOnlyList<JourneyBooking> Vehicles)
    {
        public CreateCallListMessages ToCommand() => new(CallListId, Checkpoint, CalledAt, Vehicles);
    }
}
