namespace Seo.Infrastructure.Scheduling;

/// <summary>The <c>Seo:Scheduling</c> section: when the deadline sweeps run and where Quartz keeps its schedule.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Seo:Scheduling";

    /// <summary>Off in tests that drive expiry by hand: then no scheduler is added at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often unpaid holds are expired, reminders (R29) sent, vehicles called (R34) and no-shows (R35) annulled.</summary>
    public TimeSpan DeadlineSweep { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often lapsed waitlist offers end and free places are offered to those waiting: the longest a freed place waits for its offer.</summary>
    public TimeSpan WaitlistSweep { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often yesterday's and today's open-data figures are published to the analysts' index (Kibana), where there is one.</summary>
    public TimeSpan OpenDataPublication { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often due messages (R29, R33, R34, annulments) are sent.</summary>
    public TimeSpan MessageDelivery { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often stored Idempotency-Key answers past their retention (<c>Seo:Retention:IdempotentAnswers</c>) are forgotten.</summary>
    public TimeSpan IdempotencyPurge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often delivered outbox messages past their retention (<c>Seo:Retention:DeliveredOutboxMessages</c>) are deleted.</summary>
    public TimeSpan OutboxPurge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often check records and drivers' data past their retention (<c>Seo:Retention</c>) are deleted or erased.</summary>
    public TimeSpan RetentionSweep { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often personal data not under the active key is looked for and re-encrypted.</summary>
    public TimeSpan PersonalDataReencryption { get; set; } = TimeSpan.FromHours(1);

    /// <summary>R32: how often expired, unheld video is deleted.</summary>
    public TimeSpan VideoRetentionSweep { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>R8: how often devices are checked for silence.</summary>
    public TimeSpan DeviceHealthSweep { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>R23: how often payments left pending are asked of the gateway.</summary>
    public TimeSpan PaymentReconciliation { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>R24: how often the remittance runs; the first run of a Kazakhstan day forms its batch.</summary>
    public TimeSpan RemittanceSweep { get; set; } = TimeSpan.FromHours(1);
}
