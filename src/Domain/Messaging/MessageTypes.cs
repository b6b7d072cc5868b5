namespace Seo.Domain.Messaging;

public readonly record struct OutboundMessageId(Guid Value)
{
    public static OutboundMessageId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>What a message tells (R29, R34, R35/R28, R33).</summary>
public enum MessageKind
{
    /// <summary>R29: at least 24 hours ahead, come to the checkpoint or its waiting zone.</summary>
    Reminder,

    /// <summary>R34: the vehicle is called from the waiting zone.</summary>
    Call,

    /// <summary>R35, R28: annulled for a no-show; the fee is kept.</summary>
    Annulment,

    /// <summary>R28: annulled for a late arrival or a late departure from the waiting zone; the fee is kept.</summary>
    Late,

    /// <summary>R33: the vehicles a call round called, for the checkpoint's officers.</summary>
    CallList,

    /// <summary>Someone tried to register with the e-mail of an existing account; its holder is told (no booking, no checkpoint).</summary>
    RegistrationAttempt,

    /// <summary>R22 fair release: what a draw entry came to.</summary>
    DrawResult,

    /// <summary>R22, R28: a capacity cut moved the booking to another interval, free.</summary>
    CapacityMove,

    /// <summary>R22, R28: an earlier place the booking waited for is held for it until a deadline.</summary>
    WaitlistOffer,

    /// <summary>R22, R28: a closure left no place for the booking; it is placed on any date, free, or its fee refunded.</summary>
    Displacement,
}

/// <summary>How a message travels.</summary>
public enum MessageChannel
{
    /// <summary>A text message to a phone (E.164).</summary>
    Sms,

    /// <summary>A push notification to the owner account's topic (the mobile app subscribes to it).</summary>
    Push,

    /// <summary>R33: the officers' console system of the checkpoint (the main channel).</summary>
    OfficersMain,

    /// <summary>R33: a text message to the checkpoint's duty phone (the backup channel).</summary>
    OfficersBackup,

    /// <summary>An e-mail to an account's address (account security notices).</summary>
    Email,
}

/// <summary>Who a message is for.</summary>
public enum MessageAudience
{
    /// <summary>The booking's owner (the account that booked).</summary>
    Owner,

    /// <summary>A driver named on the booking (R16.2).</summary>
    Driver,

    /// <summary>The officers of a checkpoint (R33).</summary>
    Officers,
}

public enum MessageState
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,

    /// <summary>The provider accepted it and gave a receipt.</summary>
    Sent,

    /// <summary>Every attempt failed; it is not tried again.</summary>
    Failed,
}

/// <summary>One try to hand a message to its provider: when, and the receipt or the error.</summary>
public sealed record DeliveryAttempt(DateTimeOffset At, bool Succeeded, string? ReceiptId, string? Error);
