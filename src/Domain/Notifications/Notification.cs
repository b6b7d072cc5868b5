using System.Globalization;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Verification;

namespace Seo.Domain.Notifications;

public readonly record struct NotificationId(Guid Value)
{
    public static NotificationId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public enum NotificationKind
{
    /// <summary>R19.2: a resident's unpaid fines (check 10) or toll-road debt (check 17); the booking stands.</summary>
    CheckNotice,
}

/// <summary>A message in the user's personal cabinet; the user marks it read.</summary>
public sealed class Notification : AggregateRoot<NotificationId>
{
    public const int MaxTextLength = 1000;
    public const int MaxReferenceLength = 400;

    private Notification()
    {
    }

    public AccountId Recipient { get; private set; }

    public NotificationKind Kind { get; private set; }

    public BookingId? BookingId { get; private set; }

    public RegistryCheck? Check { get; private set; }

    public string Text { get; private set; } = string.Empty;

    /// <summary>The registry's reference for the fine or debt, so the user can settle it.</summary>
    public string? Reference { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    /// <summary>R19.2: a failed notice-only check tells the owner of the booking it did not stop.</summary>
    public static Notification OfCheckNotice(AccountId recipient, BookingId booking, CheckOutcome outcome, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"Check {(int)outcome.Check} ({outcome.Check}) found: {outcome.Reason ?? "an open item"} (source: {outcome.Source}). It does not stop the booking (R19.2); please settle it.");
        return new Notification
        {
            Id = NotificationId.New(),
            Recipient = recipient,
            Kind = NotificationKind.CheckNotice,
            BookingId = booking,
            Check = outcome.Check,
            Text = text.Length <= MaxTextLength ? text : text[..MaxTextLength],
            Reference = outcome.Reference is { Length: > MaxReferenceLength } lengthy ? lengthy[..MaxReferenceLength] : outcome.Reference,
            CreatedAt = now,
        };
    }

    /// <summary>Reading it twice keeps the first time.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
