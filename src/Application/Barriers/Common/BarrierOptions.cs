namespace Seo.Application.Barriers.Common;

/// <summary>Settings of barrier command delivery (section <c>Seo:Barriers</c>, R11).</summary>
public sealed class BarrierOptions
{
    public const string Section = "Seo:Barriers";

    /// <summary>The longest a barrier may ask to wait for a command in one long poll.</summary>
    public const int MaxWaitSeconds = 30;

    /// <summary>How long a delivered command may go unacknowledged before it is delivered again.</summary>
    public TimeSpan AckTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many deliveries a command gets; unacknowledged after the last, it fails and the officers are alerted.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// How often a waiting long poll looks at the store itself, besides being woken in process: a
    /// command issued through another API instance is seen within this.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the retry sweep runs.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);
}
