using Ardalis.Specification;
using Mediator;
using Seo.Application.Accounts;
using Seo.Application.Bookings.Common;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Messaging.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Messaging;
using Seo.Domain.Notifications;

namespace Seo.Application.Messaging.CreateJourneyMessages;

/// <summary>
/// Makes, once per booking and kind, the cabinet notification and the SMS and push messages of a
/// journey event: the reminder (R29), the call (R34), an annulment (R35, R28) or a late annulment
/// (R28). Returns how many messages it made; 0 when they were already there. A race with another
/// delivery of the same event ends on the store's unique indexes as <see cref="MessagingErrors.AlreadyCreated"/>.
/// </summary>
public sealed record CreateBookingMessages(NotificationKind Kind, JourneyBooking Booking, bool InWaitingZone = false, AnnulmentReason? Reason = null)
    : ICommand<Result<int>>;

public sealed class CreateBookingMessagesHandler(
    IRepository<Booking> bookings,
    IRepository<Account> accounts,
    IRepository<Checkpoint> checkpoints,
    IRepository<Notification> notifications,
    IRepository<OutboundMessage> messages,
    MessagingOptions options,
    MessagingChannels channels,
    TimeProvider clock) : ICommandHandler<CreateBookingMessages, Result<int>>
{
    public async ValueTask<Result<int>> Handle(CreateBookingMessages command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var journey = command.Booking;
        // The notification and the messages are made in one transaction: the first says whether all are there.
        if (await notifications.AnyAsync(new NotificationByOnceKeySpec(Notification.OnceKeyOf(command.Kind, journey.BookingId)), cancellationToken))
        {
            return 0;
        }

        var booking = await bookings.FirstOrDefaultAsync(new BookingByIdSpec(new BookingId(journey.BookingId)), cancellationToken);
        if (booking is null)
        {
            return BookingErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var checkpointName = await CheckpointNames.NameOfAsync(checkpoints, booking.Checkpoint, cancellationToken);
        var notification = command.Kind switch
        {
            NotificationKind.Reminder => Notification.OfReminder(journey, checkpointName, now),
            NotificationKind.Call => Notification.OfCall(journey, command.InWaitingZone, checkpointName, now),
            NotificationKind.Annulment or NotificationKind.Late => Notification.OfAnnulment(journey, command.Reason ?? AnnulmentReason.NoShow, checkpointName, now),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Kind, "Not a journey notification."),
        };
        await notifications.AddAsync(notification, cancellationToken);

        var kind = MessageKindOf(command.Kind);
        var owner = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(booking.Owner.AccountId, readOnly: true), cancellationToken);
        var made = 0;
        foreach (var (phone, audience) in Phones(owner, booking))
        {
            await messages.AddAsync(
                OutboundMessage.Create(journey.BookingId, booking.Id, booking.Checkpoint, audience, booking.Owner.AccountId, kind, MessageChannel.Sms, phone, notification.Text, now),
                cancellationToken);
            made++;
        }

        if (channels.Push)
        {
            await messages.AddAsync(
                OutboundMessage.Create(
                    journey.BookingId, booking.Id, booking.Checkpoint, MessageAudience.Owner, booking.Owner.AccountId, kind, MessageChannel.Push,
                    options.PushTopicOf(booking.Owner.AccountId.Value), notification.Text, now),
                cancellationToken);
            made++;
        }

        return made;
    }

    public static MessageKind MessageKindOf(NotificationKind kind) => kind switch
    {
        NotificationKind.Reminder => MessageKind.Reminder,
        NotificationKind.Call => MessageKind.Call,
        NotificationKind.Annulment => MessageKind.Annulment,
        NotificationKind.Late => MessageKind.Late,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a journey notification."),
    };

    /// <summary>The owner's phone first, then the drivers' (R16.2), each number once.</summary>
    private static IEnumerable<(string Phone, MessageAudience Audience)> Phones(Account? owner, Booking booking)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (owner?.Owner?.Phone is { } ownerPhone && seen.Add(ownerPhone.Value))
        {
            yield return (ownerPhone.Value, MessageAudience.Owner);
        }

        foreach (var driver in booking.Drivers)
        {
            if (seen.Add(driver.Phone.Value))
            {
                yield return (driver.Phone.Value, MessageAudience.Driver);
            }
        }
    }
}

/// <summary>A journey notification by its once-key.</summary>
public sealed class NotificationByOnceKeySpec : Specification<Notification>
{
    public NotificationByOnceKeySpec(string onceKey) => Query.Where(n => n.OnceKey == onceKey).AsNoTracking();
}

/// <summary>How messages name a checkpoint: its Latin name, or its code if it is somehow unknown.</summary>
internal static class CheckpointNames
{
    public static async Task<string> NameOfAsync(IRepository<Checkpoint> checkpoints, CheckpointCode code, CancellationToken cancellationToken)
    {
        var checkpoint = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(code), cancellationToken);
        return checkpoint?.NameInMessages ?? code.Value;
    }
}
