using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Notifications.Common;
using Seo.Domain.Common;
using Seo.Domain.Notifications;

namespace Seo.Application.Notifications.MarkNotificationRead;

/// <summary>The recipient marks a notification read; again changes nothing.</summary>
public sealed record MarkNotificationRead(Guid Id) : ICommand<Result<NotificationDto>>;

public sealed class MarkNotificationReadHandler(IRepository<Notification> notifications, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<MarkNotificationRead, Result<NotificationDto>>
{
    public async ValueTask<Result<NotificationDto>> Handle(MarkNotificationRead command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var notification = currentUser.AccountId is { } caller
            ? await notifications.FirstOrDefaultAsync(new OwnNotificationSpec(new NotificationId(command.Id), caller), cancellationToken)
            : null;
        if (notification is null)
        {
            return NotificationErrors.NotFound;
        }

        notification.MarkRead(clock.GetUtcNow());
        return NotificationDto.From(notification);
    }
}
