using Seo.Domain.Common;

namespace Seo.Domain.Notifications;

public static class NotificationErrors
{
    public static readonly DomainError NotFound = DomainError.NotFound("notification-not-found", "No such notification.");
}
