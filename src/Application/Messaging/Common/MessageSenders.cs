using Seo.Domain.Messaging;

namespace Seo.Application.Messaging.Common;

/// <summary>
/// A message as a provider receives it. <see cref="MessageId"/> is the provider's idempotency key
/// (client reference): a resend after a lost answer is recognised and not delivered twice.
/// </summary>
public sealed record OutgoingMessage(Guid MessageId, Guid? BookingId, string? Checkpoint, MessageKind Kind, MessageChannel Channel, string Destination, string Text);

/// <summary>What a provider answered: accepted with its receipt id, or failed with the reason.</summary>
public sealed record SendOutcome(bool Sent, string? ReceiptId, string? Error)
{
    public static SendOutcome Accepted(string receiptId) => new(true, receiptId, null);

    public static SendOutcome Failure(string error) => new(false, null, error);
}

/// <summary>
/// Hands one message to a provider. Never throws for a provider's failure (an error status, a
/// timeout, a receipt it cannot read): that is a <see cref="SendOutcome.Failure"/>, retried later.
/// </summary>
public interface IMessageSender
{
    Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>Text messages to phones (owners, drivers, and the officers' duty phones as R33's backup).</summary>
public interface ISmsSender : IMessageSender;

/// <summary>Push notifications to an owner account's topic.</summary>
public interface IPushSender : IMessageSender;

/// <summary>E-mails to an account's address (account security notices).</summary>
public interface IEmailSender : IMessageSender;

/// <summary>R33: the officers' console system, the call list's main channel.</summary>
public interface IOfficersConsoleSender : IMessageSender;
