using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Domain.Messaging;

/// <summary>
/// A message to a person outside the system (an SMS, a push, the officers' console), kept until
/// its provider accepted it or every attempt failed. It is made once per subject (the booking or
/// the call list), kind, channel and destination — the store's unique index guarantees it — so a
/// redelivered event or a second API instance can never make a second one.
/// </summary>
public sealed class OutboundMessage : AggregateRoot<OutboundMessageId>
{
    public const int MaxDestinationLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxReceiptLength = 200;
    public const int MaxErrorLength = 500;

    private readonly List<DeliveryAttempt> _attempts = [];

    private OutboundMessage()
    {
    }

    /// <summary>What the message is about and is made once for: the booking, or the call list (R33).</summary>
    public Guid Subject { get; private set; }

    /// <summary>The booking it is about; none for an officers' call list.</summary>
    public BookingId? BookingId { get; private set; }

    /// <summary>The checkpoint it is about; none for an account's security notice.</summary>
    public CheckpointCode? Checkpoint { get; private set; }

    public MessageAudience Audience { get; private set; }

    /// <summary>The account it is sent for (the booking's owner); none for the officers.</summary>
    public AccountId? Account { get; private set; }

    public MessageKind Kind { get; private set; }

    public MessageChannel Channel { get; private set; }

    /// <summary>A phone (E.164), a push topic or the officers' console endpoint.</summary>
    public string Destination { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    public MessageState State { get; private set; }

    public IReadOnlyList<DeliveryAttempt> Attempts
    {
        get => _attempts;
        private set
        {
            _attempts.Clear();
            _attempts.AddRange(value);
        }
    }

    /// <summary>When the next attempt is due; none once sent or failed.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>The provider's id for the accepted message.</summary>
    public string? ReceiptId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? FailedAt { get; private set; }

    /// <summary>The delivery run that holds the message while it sends it; set by the store's conditional claim.</summary>
    public string? LeaseOwner { get; private set; }

    /// <summary>Until when the claim keeps other delivery runs off the message; a crashed run's claim simply lapses.</summary>
    public DateTimeOffset? LeasedUntil { get; private set; }

    public static OutboundMessage Create(
        Guid subject,
        BookingId? booking,
        CheckpointCode? checkpoint,
        MessageAudience audience,
        AccountId? account,
        MessageKind kind,
        MessageChannel channel,
        string destination,
        string text,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(destination.Length, MaxDestinationLength);
        return new OutboundMessage
        {
            Id = OutboundMessageId.New(),
            Subject = subject,
            BookingId = booking,
            Checkpoint = checkpoint,
            Audience = audience,
            Account = account,
            Kind = kind,
            Channel = channel,
            Destination = destination,
            Text = text.Length <= MaxTextLength ? text : string.Concat(text.AsSpan(0, MaxTextLength - 1), "…"),
            State = MessageState.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        };
    }

    /// <summary>The provider accepted the message; its receipt is kept. A message already sent or failed stays as it is.</summary>
    public void RecordSent(string receiptId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(receiptId);
        if (State != MessageState.Pending)
        {
            return;
        }

        var receipt = Clip(receiptId, MaxReceiptLength);
        _attempts.Add(new DeliveryAttempt(now, Succeeded: true, receipt, Error: null));
        State = MessageState.Sent;
        ReceiptId = receipt;
        SentAt = now;
        NextAttemptAt = null;
        Release();
        Raise(new OutboundMessageSent(Id.Value, BookingId?.Value, Checkpoint?.Value, Kind, Channel, receipt, now));
    }

    /// <summary>
    /// An attempt failed: the next one is due after the back-off, or, after
    /// <paramref name="maxAttempts"/> attempts, the message is given up as failed.
    /// </summary>
    public void RecordFailure(string error, DateTimeOffset now, int maxAttempts, CappedBackoff backoff)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        if (State != MessageState.Pending)
        {
            return;
        }

        var text = Clip(error, MaxErrorLength);
        _attempts.Add(new DeliveryAttempt(now, Succeeded: false, ReceiptId: null, text));
        Release();
        if (_attempts.Count >= maxAttempts)
        {
            State = MessageState.Failed;
            FailedAt = now;
            NextAttemptAt = null;
            Raise(new OutboundMessageFailed(Id.Value, BookingId?.Value, Checkpoint?.Value, Kind, Channel, _attempts.Count, text, now));
            return;
        }

        NextAttemptAt = now + backoff.After(_attempts.Count);
    }

    /// <summary>The last error, if the last attempt failed.</summary>
    public string? LastError => _attempts.Count > 0 ? _attempts[^1].Error : null;

    private void Release()
    {
        LeaseOwner = null;
        LeasedUntil = null;
    }

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];
}

/// <summary>A message's provider accepted it. Plain values only.</summary>
public sealed record OutboundMessageSent(
    Guid MessageId, Guid? BookingId, string? Checkpoint, MessageKind Kind, MessageChannel Channel, string ReceiptId, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

/// <summary>A message was given up after its last attempt failed. Plain values only.</summary>
public sealed record OutboundMessageFailed(
    Guid MessageId, Guid? BookingId, string? Checkpoint, MessageKind Kind, MessageChannel Channel, int Attempts, string LastError, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);

public static class MessagingErrors
{
    /// <summary>The store already holds this message (the once-guarantee's unique index said so): nothing to do.</summary>
    public static readonly DomainError AlreadyCreated = new(
        "message-already-created", "These messages were already made for this event.", ErrorKind.Conflict);
}
