using System.Globalization;
using Seo.Application.Common.Ports;
using Seo.Application.Messaging.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Messaging;

namespace Seo.Application.Accounts.Register;

/// <summary>
/// Tells the holder of an e-mail that someone tried to register with it: the registration itself
/// answers as for a fresh address, so only the holder learns of it. Sent by e-mail when this
/// deployment sends e-mail (or records it, in the sandbox), else by SMS to the owner's phone;
/// delivered with retries like every message (docs/messaging.md).
/// </summary>
public sealed class RegistrationAttemptNotice(IRepository<OutboundMessage> messages, MessagingChannels channels, TimeProvider clock)
{
    public async Task TellAsync(Account holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var now = clock.GetUtcNow();
        var text = string.Format(CultureInfo.InvariantCulture,
            "Someone tried to register a new Seo account with this e-mail address ({0}) at {1:yyyy-MM-dd HH:mm} UTC. " +
            "No account was made. If it was you, sign in with your password instead; if not, nothing needs doing.", holder.Email.Value, now.UtcDateTime);
        var (channel, destination) = channels.Email ? (MessageChannel.Email, holder.Email.Value)
            : holder.Owner?.Phone is { } phone ? (MessageChannel.Sms, phone.Value)
            : (MessageChannel.Email, (string?)null);
        if (destination is null)
        {
            // Staff without an e-mail provider: nothing to send on (their sign-ins are watched instead).
            return;
        }

        await messages.AddAsync(
            OutboundMessage.Create(Guid.CreateVersion7(), booking: null, checkpoint: null, MessageAudience.Owner, holder.Id,
                MessageKind.RegistrationAttempt, channel, destination, text, now),
            cancellationToken);
    }
}
