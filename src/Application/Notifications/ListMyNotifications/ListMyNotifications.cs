using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Notifications.Common;
using Seo.Domain.Common;
using Seo.Domain.Notifications;
using Seo.Application.Common.Validation;

namespace Seo.Application.Notifications.ListMyNotifications;

/// <summary>The personal cabinet: the caller's notifications, newest first, and how many are unread.</summary>
public sealed record ListMyNotifications(int Page = 1, int PageSize = 20) : IQuery<Result<NotificationPage>>;

public sealed record NotificationPage(int Page, int PageSize, int Total, int Unread, IReadOnlyList<NotificationDto> Items)
{
    public int TotalPages => PagingRules.PageCount(Total, PageSize);
}

public sealed class ListMyNotificationsValidator : AbstractValidator<ListMyNotifications>
{
    public const int MaxPageSize = 100;

    public ListMyNotificationsValidator()
    {
        RuleFor(q => q.Page).IsAPage();
        RuleFor(q => q.PageSize).IsAPageSize(MaxPageSize);
    }
}

public sealed class ListMyNotificationsHandler(IRepository<Notification> notifications, ICurrentUser currentUser)
    : IQueryHandler<ListMyNotifications, Result<NotificationPage>>
{
    public async ValueTask<Result<NotificationPage>> Handle(ListMyNotifications query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (currentUser.AccountId is not { } caller)
        {
            return new NotificationPage(query.Page, query.PageSize, 0, 0, []);
        }

        var total = await notifications.CountAsync(new NotificationsOfRecipientSpec(caller), cancellationToken);
        var unread = await notifications.CountAsync(new NotificationsOfRecipientSpec(caller, unreadOnly: true), cancellationToken);
        var page = await notifications.ListAsync(
            new NotificationsOfRecipientSpec(caller, skip: (query.Page - 1) * query.PageSize, take: query.PageSize), cancellationToken);
        return new NotificationPage(query.Page, query.PageSize, total, unread, page);
    }
}
