using System.Globalization;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Common;
using Seo.Domain.Messaging;
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

    /// <summary>R29: at least 24 hours ahead, come to the checkpoint or its waiting zone.</summary>
    Reminder,

    /// <summary>R34: the vehicle is called from the waiting zone.</summary>
    Call,

    /// <summary>R35: annulled for a no-show; the fee is not refunded (R28).</summary>
    Annulment,

    /// <summary>R28: annulled for a late arrival or a late departure from the waiting zone; the fee is not refunded.</summary>
    Late,

    /// <summary>R22 fair release: the result of a draw entry, won (a hold to pay) or lost (pick among what is left).</summary>
    DrawResult,

    /// <summary>R22, R28: a capacity cut moved the booking to another interval, free; the owner may pick another, also free, until a deadline.</summary>
    CapacityMove,

    /// <summary>R22, R28: an earlier place the booking waited for is held for it until a deadline.</summary>
    WaitlistOffer,

    /// <summary>R22, R28: a closure left no place for the booking; the owner places it on any date, free, or takes the fee back; an unpaid one ended.</summary>
    Displacement,
}

/// <summary>A message in the user's personal cabinet; the user marks it read.</summary>
public sealed class Notification : AggregateRoot<NotificationId>
{
    public const int MaxTextLength = 1000;
    public const int MaxReferenceLength = 400;
    public const int MaxOnceKeyLength = 100;

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

    /// <summary>
    /// What a journey notification is made once for — its kind and booking, e.g. <c>Reminder:{booking}</c> —
    /// unique in the store, so a redelivered event never shows it twice; none for check notices (R19.2),
    /// of which a booking may have several.
    /// </summary>
    public string? OnceKey { get; private set; }

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

    /// <summary>The once-key of a booking's journey notification of <paramref name="kind"/>.</summary>
    public static string OnceKeyOf(NotificationKind kind, Guid booking) => string.Create(CultureInfo.InvariantCulture, $"{kind}:{booking:N}");

    /// <summary>R22 fair release: the applicant is told what its draw entry <paramref name="entry"/> came to; once per entry.</summary>
    public static Notification OfDrawResult(AccountId recipient, Guid entry, BookingId? booking, string text, DateTimeOffset now) =>
        OfSubject(NotificationKind.DrawResult, recipient, entry, booking, text, now);

    /// <summary>R22, R28: the owner is told that a capacity cut moved the booking; once per move (<paramref name="move"/>).</summary>
    public static Notification OfDisplacement(AccountId recipient, Guid displacement, BookingId booking, string text, DateTimeOffset now) =>
        OfSubject(NotificationKind.Displacement, recipient, displacement, booking, text, now);

    public static Notification OfCapacityMove(AccountId recipient, Guid move, BookingId booking, string text, DateTimeOffset now) =>
        OfSubject(NotificationKind.CapacityMove, recipient, move, booking, text, now);

    /// <summary>The owner is offered an earlier place the booking waited for; once per offer (<paramref name="offer"/>).</summary>
    public static Notification OfWaitlistOffer(AccountId recipient, Guid offer, BookingId booking, string text, DateTimeOffset now) =>
        OfSubject(NotificationKind.WaitlistOffer, recipient, offer, booking, text, now);

    private static Notification OfSubject(NotificationKind kind, AccountId recipient, Guid subject, BookingId? booking, string text, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new Notification
        {
            Id = NotificationId.New(),
            Recipient = recipient,
            Kind = kind,
            BookingId = booking,
            Text = text.Length <= MaxTextLength ? text : text[..MaxTextLength],
            OnceKey = OnceKeyOf(kind, subject),
            CreatedAt = now,
        };
    }

    /// <summary>R29: the owner is told, at least 24 hours ahead, to come to the checkpoint or its waiting zone.</summary>
    public static Notification OfReminder(JourneyBooking booking, string checkpointName, DateTimeOffset now) =>
        OfJourney(booking, NotificationKind.Reminder, JourneyTexts.Reminder(booking, checkpointName), now);

    /// <summary>R34: the owner sees the call from the waiting zone in the cabinet too.</summary>
    public static Notification OfCall(JourneyBooking booking, bool inWaitingZone, string checkpointName, DateTimeOffset now) =>
        OfJourney(booking, NotificationKind.Call, JourneyTexts.Call(booking, inWaitingZone, checkpointName), now);

    /// <summary>
    /// R35, R28: the booking was annulled and the fee is not refunded; a no-show is an
    /// <see cref="NotificationKind.Annulment"/>, a late arrival or departure is <see cref="NotificationKind.Late"/>.
    /// </summary>
    public static Notification OfAnnulment(JourneyBooking booking, AnnulmentReason reason, string checkpointName, DateTimeOffset now) =>
        OfJourney(booking, KindOf(reason), JourneyTexts.Annulment(booking, reason, checkpointName), now);

    /// <summary>The cabinet's kind for an annulment's reason.</summary>
    public static NotificationKind KindOf(AnnulmentReason reason) =>
        reason == AnnulmentReason.NoShow ? NotificationKind.Annulment : NotificationKind.Late;

    private static Notification OfJourney(JourneyBooking booking, NotificationKind kind, string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return new Notification
        {
            Id = NotificationId.New(),
            Recipient = new AccountId(booking.Owner),
            Kind = kind,
            BookingId = new BookingId(booking.BookingId),
            Text = text.Length <= MaxTextLength ? text : text[..MaxTextLength],
            OnceKey = OnceKeyOf(kind, booking.BookingId),
            CreatedAt = now,
        };
    }

    /// <summary>Reading it twice keeps the first time.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
