using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Notifications;
using Seo.Domain.Verification;

namespace Seo.Application.Verification.Common;

/// <summary>A failed notice-only check (R19.2) as the booking's answer shows it; the same notice waits in the personal cabinet.</summary>
public sealed record CheckNoticeDto(int Check, string Name, string? Reason, string Source, string? Reference, Guid NotificationId);

public static class CheckNotices
{
    /// <summary>
    /// R19.2: the owner is told of each failed notice-only check (fines, toll-road debt) of a
    /// booking that was issued or moved anyway; stored with the booking, in its transaction.
    /// </summary>
    public static async Task<IReadOnlyList<CheckNoticeDto>> NotifyAsync(
        this IRepository<Notification> notifications, VerificationReport report, AccountId owner, BookingId booking, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(report);
        var notices = new List<CheckNoticeDto>();
        foreach (var outcome in report.Notices.OrderBy(o => o.Check))
        {
            var notification = Notification.OfCheckNotice(owner, booking, outcome, now);
            await notifications.AddAsync(notification, cancellationToken);
            notices.Add(new CheckNoticeDto((int)outcome.Check, outcome.Check.ToString(), outcome.Reason, outcome.Source, outcome.Reference, notification.Id.Value));
        }

        return notices;
    }
}
