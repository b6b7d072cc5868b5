namespace Seo.Infrastructure.Outbox;

/// <summary>How the outbox is dispatched (section <c>Seo:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Seo:Outbox";

    /// <summary>Off in tests that dispatch by hand.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How many messages one claim takes. A round's cost is mostly per round (its claim, the
    /// crossing log's one commit), so under a rush of camera reads larger rounds keep up where
    /// small ones fall behind (docs/performance.md); at most 2,000, so that a claim's key list stays
    /// within SQL Server's 2,100 parameters.
    /// </summary>
    public int BatchSize { get; set; } = 1_000;

    /// <summary>How long a claim keeps other dispatchers off its messages; a crashed dispatcher's messages come back after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an idle dispatcher waits before looking again.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The first retry's delay; each further failure doubles it, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After this many failed deliveries a message is poisoned: set aside until a registrar replays it.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Readiness is Degraded once the oldest waiting event is older than this: the read models are behind.</summary>
    public TimeSpan LagAlarm { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The delay before the next delivery after <paramref name="attempts"/> failures.</summary>
    public TimeSpan BackoffAfter(int attempts) => new Domain.Common.CappedBackoff(FirstBackoff, MaxBackoff).After(attempts);

    /// <summary>
    /// Refuses settings under which the outbox would silently stop: a batch of 0 claims nothing,
    /// so every projection would wait forever without an error.
    /// </summary>
    public void Validate()
    {
        if (BatchSize is < 1 or > 2_000 || Lease <= TimeSpan.Zero || PollInterval <= TimeSpan.Zero
            || FirstBackoff <= TimeSpan.Zero || MaxBackoff < FirstBackoff || MaxAttempts < 1 || LagAlarm <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                $"{Section}: BatchSize must be 1 to 2000, Lease, PollInterval and FirstBackoff above zero, MaxBackoff at least FirstBackoff, MaxAttempts at least 1, and LagAlarm above zero.");
        }
    }
}
