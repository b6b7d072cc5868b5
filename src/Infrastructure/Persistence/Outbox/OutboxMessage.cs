namespace Seo.Infrastructure.Persistence.Outbox;

/// <summary>
/// A domain event written in the same transaction as the aggregate that raised it, for the
/// projections to read in commit order. Dispatch state (attempts, last error, back-off) lives
/// here too.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Store-assigned, increasing in insertion order; dispatch follows it.</summary>
    public long Sequence { get; init; }

    /// <summary>The event's own id, so that a projection can ignore a repeated delivery.</summary>
    public required Guid EventId { get; init; }

    public required string Type { get; init; }

    public required string AggregateType { get; init; }

    public required string AggregateId { get; init; }

    /// <summary>
    /// For a whole-state message, whose aggregate id is <c>{stream}@{version}</c> (e.g. a ledger
    /// row's <c>SlotCountChanged</c>): the stream with its <c>@</c>, e.g. <c>DOSTYK:2026-12-01:600@</c>.
    /// Such a message carries the stream's whole state, so a later one supersedes it. Null for
    /// other messages, whose aggregate's events are each needed, in order.
    /// </summary>
    public static string? StreamOf(string aggregateId)
    {
        ArgumentNullException.ThrowIfNull(aggregateId);
        var at = aggregateId.LastIndexOf('@');
        var isVersioned = at > 0 && at < aggregateId.Length - 1 && !aggregateId.AsSpan(at + 1).ContainsAnyExceptInRange('0', '9');
        return isVersioned ? aggregateId[..(at + 1)] : null;
    }

    public required string Payload { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>The longest <see cref="LastError"/> the store keeps.</summary>
    public const int MaxErrorLength = 4000;

    /// <summary><paramref name="error"/> cut to what <see cref="LastError"/> keeps.</summary>
    public static string ErrorText(string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
    }

    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The claim that holds this message while a dispatcher delivers it; other dispatchers skip it until <see cref="LeaseExpiresAt"/>.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    /// <summary>Set when delivery failed too often: the message waits for a registrar to replay it.</summary>
    public DateTimeOffset? PoisonedAt { get; set; }
}
