using Seo.Application.Common.Mapping;
using Ardalis.Specification;
using Seo.Domain.Bookings;
using Seo.Domain.Messaging;

namespace Seo.Application.Messaging.Common;

/// <summary>One attempt to send a message.</summary>
public sealed record DeliveryAttemptDto(DateTimeOffset At, bool Succeeded, string? ReceiptId, string? Error)
{
    /// <summary>
    /// The attempts of a message; a method the store does not know, so a query selecting a message
    /// reads the attempts' column whole and maps it here (a <c>Select</c> over it would be sent to the store).
    /// </summary>
    public static IReadOnlyList<DeliveryAttemptDto> ListOf(IEnumerable<DeliveryAttempt> attempts) =>
        [.. attempts.Select(a => new DeliveryAttemptDto(a.At, a.Succeeded, a.ReceiptId, a.Error))];
}

/// <summary>A message of a booking as its owner and the officers see it.</summary>
public sealed record OutboundMessageDto(
    Guid Id,
    Guid? BookingId,
    string? Checkpoint,
    MessageKind Kind,
    MessageChannel Channel,
    MessageAudience Audience,
    string Destination,
    string Text,
    MessageState State,
    IReadOnlyList<DeliveryAttemptDto> Attempts,
    string? ReceiptId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? FailedAt)
{
    /// <summary>
    /// The one mapping, as an expression a booking's message list selects (materialising no message;
    /// the attempts come whole through their column's converter) and <see cref="From"/> runs.
    /// </summary>
    public static Projection<OutboundMessage, OutboundMessageDto> Projection { get; } = new(message => new OutboundMessageDto(
        message.Id.Value,
        message.BookingId.HasValue ? message.BookingId.Value.Value : null,
        message.Checkpoint != null ? message.Checkpoint.Value : null,
        message.Kind,
        message.Channel,
        message.Audience,
        message.Destination,
        message.Text,
        message.State,
        DeliveryAttemptDto.ListOf(message.Attempts),
        message.ReceiptId,
        message.CreatedAt,
        message.NextAttemptAt,
        message.SentAt,
        message.FailedAt));

    public static OutboundMessageDto From(OutboundMessage message) => Projection.Of(message);
}

public sealed class OutboundMessageByIdSpec : Specification<OutboundMessage>, ISingleResultSpecification<OutboundMessage>
{
    public OutboundMessageByIdSpec(OutboundMessageId id) => Query.Where(m => m.Id == id);
}

/// <summary>The messages made for a subject (a booking or a call list), of a kind and, when given, a channel.</summary>
public sealed class MessagesOfSubjectSpec : Specification<OutboundMessage>
{
    public MessagesOfSubjectSpec(Guid subject, MessageKind kind, MessageChannel? channel = null)
    {
        Query.Where(m => m.Subject == subject && m.Kind == kind).AsNoTracking();
        if (channel is { } only)
        {
            Query.Where(m => m.Channel == only);
        }
    }
}

/// <summary>A booking's messages, oldest first (the id breaks ties), selected as DTOs.</summary>
public sealed class MessagesOfBookingSpec : Specification<OutboundMessage, OutboundMessageDto>
{
    public MessagesOfBookingSpec(BookingId booking) =>
        Query.Where(m => m.BookingId == booking).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).AsNoTracking().Select(OutboundMessageDto.Projection.Expression);
}
