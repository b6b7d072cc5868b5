using Ardalis.Specification;
using Seo.Domain.Accounts;
using Seo.Domain.Notifications;

namespace Seo.Application.Notifications.Common;

/// <summary>A message in the personal cabinet.</summary>
public sealed record NotificationDto(
    Guid Id, NotificationKind Kind, Guid? BookingId, int? Check, string Text, string? Reference, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static NotificationDto From(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new(
            notification.Id.Value,
            notification.Kind,
            notification.BookingId?.Value,
            notification.Check is { } check ? (int)check : null,
            notification.Text,
            notification.Reference,
            notification.CreatedAt,
            notification.ReadAt);
    }
}

/// <summary>A user's notifications, newest first (the id breaks ties); unread only when asked. Without paging it counts.</summary>
public sealed class NotificationsOfRecipientSpec : Specification<Notification>
{
    public NotificationsOfRecipientSpec(AccountId recipient, bool unreadOnly = false, int? skip = null, int? take = null)
    {
        Query.Where(n => n.Recipient == recipient).AsNoTracking();
        if (unreadOnly)
        {
            Query.Where(n => n.ReadAt == null);
        }

        if (skip is { } first && take is { } size)
        {
            Query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(first).Take(size);
        }
    }
}

/// <summary>The recipient's own notification; anyone else's is not found.</summary>
public sealed class OwnNotificationSpec : Specification<Notification>, ISingleResultSpecification<Notification>
{
    public OwnNotificationSpec(NotificationId id, AccountId recipient) => Query.Where(n => n.Id == id && n.Recipient == recipient);
}
