namespace Seo.Infrastructure.Outbox;

/// <summary>How the outbox is dispatched (section <c>Seo:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Seo:Outbox";

    /// <summary>Off in tests that dispatch by hand.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many messages one claim takes.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a claim keeps other dispatchers off its messages; a crashed dispatcher's messages come back after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an idle dispatcher waits before looking again.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The first retry's delay; each further failure doubles it, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After this many failed deliveries a message is poisoned: set aside until a registrar replays it.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The delay before the next delivery after <paramref name="attempts"/> failures.</summary>
    public TimeSpan BackoffAfter(int attempts) => new Domain.Common.CappedBackoff(FirstBackoff, MaxBackoff).After(attempts);
}
