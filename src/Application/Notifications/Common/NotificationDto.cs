using Seo.Application.Common.Mapping;
using Ardalis.Specification;
using Seo.Domain.Accounts;
using Seo.Domain.Notifications;

namespace Seo.Application.Notifications.Common;

/// <summary>A message in the personal cabinet.</summary>
public sealed record NotificationDto(
    Guid Id, NotificationKind Kind, Guid? BookingId, int? Check, string Text, string? Reference, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    /// <summary>The one mapping, as an expression the cabinet's list selects (materialising no notification) and <see cref="From"/> runs.</summary>
    public static Projection<Notification, NotificationDto> Projection { get; } = new(notification => new NotificationDto(
        notification.Id.Value,
        notification.Kind,
        notification.BookingId.HasValue ? notification.BookingId.Value.Value : null,
        notification.Check.HasValue ? (int)notification.Check.Value : null,
        notification.Text,
        notification.Reference,
        notification.CreatedAt,
        notification.ReadAt));

    public static NotificationDto From(Notification notification) => Projection.Of(notification);
}

/// <summary>A user's notifications, newest first (the id breaks ties), selected as DTOs; unread only when asked. Without paging it counts.</summary>
public sealed class NotificationsOfRecipientSpec : Specification<Notification, NotificationDto>
{
    public NotificationsOfRecipientSpec(AccountId recipient, bool unreadOnly = false, int? skip = null, int? take = null)
    {
        Query.Where(n => n.Recipient == recipient).AsNoTracking().Select(NotificationDto.Projection.Expression);
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
