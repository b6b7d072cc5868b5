using Seo.Application.Accounts;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Checkpoints;
using Seo.Domain.Messaging;
using Seo.Domain.Notifications;

namespace Seo.Application.Messaging.Common;

/// <summary>
/// Tells an owner something once, in the caller's transaction: in the cabinet, by SMS to the
/// account's phone (if it has one), and by push where push is on. The notice and its messages
/// are made once per <c>subject</c> (a move, an offer, a draw entry), so a repeated run tells nobody twice.
/// </summary>
public sealed class OwnerNotices(
    IRepository<Notification> notifications,
    IRepository<Account> accounts,
    IRepository<OutboundMessage> messages,
    MessagingOptions messaging,
    MessagingChannels channels)
{
    public async Task TellAsync(Notification notice, Guid subject, CheckpointCode checkpoint, MessageKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await notifications.AddAsync(notice, cancellationToken);
        var owner = notice.Recipient;
        var account = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(owner, readOnly: true), cancellationToken);
        if (account?.Owner?.Phone is { } phone)
        {
            await messages.AddAsync(
                OutboundMessage.Create(subject, notice.BookingId, checkpoint, MessageAudience.Owner, owner, kind, MessageChannel.Sms, phone.Value, notice.Text, notice.CreatedAt),
                cancellationToken);
        }

        if (channels.Push)
        {
            await messages.AddAsync(
                OutboundMessage.Create(
                    subject, notice.BookingId, checkpoint, MessageAudience.Owner, owner, kind, MessageChannel.Push, messaging.PushTopicOf(owner.Value), notice.Text, notice.CreatedAt),
                cancellationToken);
        }
    }
}
