namespace Seo.Infrastructure.Privacy;

/// <summary>
/// The <c>Seo:Retention</c> section: how long personal data is kept (docs/personal-data.md). The
/// Rules set no period for these; the defaults are this deployment's choice and configurable.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Seo:Retention";

    /// <summary>Check records (R20's audit trail of each check run, refusals included) are deleted after this.</summary>
    public TimeSpan CheckRecords { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Stored Idempotency-Key answers are deleted after this (a retry window, not a record).</summary>
    public TimeSpan IdempotentAnswers { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Delivered outbox messages are deleted after this: long enough to look into a delivery, no
    /// longer (the outbox is a queue; the write store and the read models keep the history).
    /// </summary>
    public TimeSpan DeliveredOutboxMessages { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The drivers of a booking are erased this long after it ended (completed, annulled, cancelled, expired).</summary>
    public TimeSpan FinishedBookingPersonalData { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How many rows one sweep round changes per transaction.</summary>
    public int BatchSize { get; set; } = 200;
}
