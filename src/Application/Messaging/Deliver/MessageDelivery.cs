using Microsoft.Extensions.Logging;
using Seo.Application.Common.Ports;
using Seo.Application.Messaging.Common;
using Seo.Domain.Alerts;
using Seo.Domain.Common;
using Seo.Domain.Messaging;

namespace Seo.Application.Messaging.Deliver;

/// <summary>
/// One delivery run: sends the due pending messages through their channel's provider and records
/// each outcome. A message is claimed before it is sent (a conditional update with a lease), so
/// two runs — two API instances, or a run that overlaps a slow one — never send it at the same
/// moment; the provider receives the message id as its idempotency key, so a resend after a crash
/// between the send and the record is recognised by the provider. No transaction is held open
/// while a provider answers: the outcome is recorded in a short transaction of its own.
/// </summary>
public sealed partial class MessageDelivery(
    IPendingMessages queue,
    IRepository<OutboundMessage> messages,
    IRepository<CheckpointAlert> alerts,
    IUnitOfWork unitOfWork,
    ISmsSender sms,
    IEmailSender email,
    IPushSender push,
    IOfficersConsoleSender officersConsole,
    MessagingOptions options,
    TimeProvider clock,
    ILogger<MessageDelivery> logger)
{
    /// <summary>Returns how many messages this run sent or recorded a failure for.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var claim = Guid.NewGuid().ToString("N");
        var due = await queue.DueAsync(clock.GetUtcNow(), options.BatchSize, cancellationToken);
        var handled = 0;
        foreach (var id in due)
        {
            var now = clock.GetUtcNow();
            if (!await queue.TryClaimAsync(id, claim, now, now + options.Lease, cancellationToken))
            {
                // Another run took it (or it is no longer due): it is that run's to send.
                continue;
            }

            try
            {
                if (await DeliverAsync(id, claim, cancellationToken))
                {
                    handled++;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The outcome could not be recorded: give the claim back, so the next run retries at once.
                LogNotRecorded(logger, id.Value, exception);
                await queue.ReleaseAsync(id, claim, CancellationToken.None);
            }
        }

        return handled;
    }

    private async Task<bool> DeliverAsync(OutboundMessageId id, string claim, CancellationToken cancellationToken)
    {
        var message = await messages.FirstOrDefaultAsync(new OutboundMessageByIdSpec(id), cancellationToken);
        if (message is null || message.State != MessageState.Pending || message.LeaseOwner != claim)
        {
            return false;
        }

        var outcome = await SendAsync(message, cancellationToken);
        try
        {
            await unitOfWork.RunAsync(token => RecordAsync(id, outcome, token), cancellationToken);
        }
        catch (PersistenceConflictException)
        {
            // The claim lapsed and another run took the message over; its record stands.
            LogLostClaim(logger, id.Value);
            return false;
        }

        return true;
    }

    private async Task<SendOutcome> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var outgoing = new OutgoingMessage(
            message.Id.Value, message.BookingId?.Value, message.Checkpoint?.Value, message.Kind, message.Channel, message.Destination, message.Text);
        try
        {
            return await SenderOf(message.Channel).SendAsync(outgoing, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An adapter's own fault is a failed attempt like any other, retried with back-off.
            return SendOutcome.Failure($"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private IMessageSender SenderOf(MessageChannel channel) => channel switch
    {
        MessageChannel.Sms => sms,
        MessageChannel.Push => push,
        MessageChannel.OfficersMain => officersConsole,
        // R33: the backup channel is independent of the main one: SMS to the duty phones.
        MessageChannel.OfficersBackup => sms,
        MessageChannel.Email => email,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel."),
    };

    private async Task<bool> RecordAsync(OutboundMessageId id, SendOutcome outcome, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var message = await messages.FirstOrDefaultAsync(new OutboundMessageByIdSpec(id), cancellationToken)
            ?? throw new InvalidOperationException($"Message {id} disappeared while it was being sent.");
        var now = clock.GetUtcNow();
        if (outcome.Sent)
        {
            message.RecordSent(outcome.ReceiptId ?? message.Id.Value.ToString("N"), now);
        }
        else
        {
            message.RecordFailure(outcome.Error ?? "The provider refused the message.", now, options.MaxAttempts, options.Backoff);
            await OnFailureAsync(message, now, cancellationToken);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task OnFailureAsync(OutboundMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Only a call list (always of a checkpoint) has a backup channel and an alert.
        if (message.Kind != MessageKind.CallList || message.Checkpoint is not { } checkpoint)
        {
            return;
        }

        // R33: the main channel failed: the backup channel carries the call list at once, while the
        // main one keeps retrying; both are audited as messages of their own.
        if (message.Channel == MessageChannel.OfficersMain
            && !await messages.AnyAsync(new MessagesOfSubjectSpec(message.Subject, MessageKind.CallList, MessageChannel.OfficersBackup), cancellationToken))
        {
            foreach (var phone in options.Officers.Backup.DutyPhonesOf(checkpoint.Value).Distinct(StringComparer.Ordinal))
            {
                await messages.AddAsync(
                    OutboundMessage.Create(
                        message.Subject, booking: null, checkpoint, MessageAudience.Officers, account: null, MessageKind.CallList,
                        MessageChannel.OfficersBackup, phone, message.Text, now),
                    cancellationToken);
            }
        }

        if (message.State == MessageState.Failed)
        {
            // R33: officers must know that a channel did not carry the call list.
            await alerts.AddAsync(
                CheckpointAlert.Raise(
                    checkpoint,
                    AlertKind.DeliveryFailed,
                    $"R33: the call list did not reach the officers over the {ChannelName(message.Channel)} ({message.Destination}) after {message.Attempts.Count} attempt(s): {message.LastError}",
                    now),
                cancellationToken);
        }
    }

    private static string ChannelName(MessageChannel channel) =>
        channel == MessageChannel.OfficersMain ? "main channel (officers' console)" : "backup channel (duty phone SMS)";

    [LoggerMessage(Level = LogLevel.Error, Message = "The outcome of sending message {MessageId} was not recorded; the next delivery run retries it")]
    private static partial void LogNotRecorded(ILogger logger, Guid messageId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId}: the claim lapsed while it was sent; another delivery run holds it")]
    private static partial void LogLostClaim(ILogger logger, Guid messageId);
}
