using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Seo.Projections.Redis;

/// <summary>
/// How long a reader waits for Redis, and when it stops asking (section
/// <c>Seo:ReadModels:RedisCircuit</c>). A frozen server (up, connected, never answering) would
/// otherwise hold every availability query for the client library's own timeout (5 s) before it
/// falls back to the write store.
/// </summary>
public sealed class RedisReadCircuitOptions
{
    public const string Section = "Seo:ReadModels:RedisCircuit";

    /// <summary>The longest a read waits; a healthy Redis answers in well under a millisecond here.</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Failed (or timed-out) calls within <see cref="SamplingDuration"/> that open the circuit, at least half of those made.</summary>
    public int FailuresToOpen { get; set; } = 3;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an open circuit answers "unavailable" at once, before one call tries Redis again.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    public static RedisReadCircuitOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var options = new RedisReadCircuitOptions();
        options.ReadTimeout = TimeSpanOr(section[nameof(ReadTimeout)], options.ReadTimeout);
        options.SamplingDuration = TimeSpanOr(section[nameof(SamplingDuration)], options.SamplingDuration);
        options.BreakDuration = TimeSpanOr(section[nameof(BreakDuration)], options.BreakDuration);
        if (section[nameof(FailuresToOpen)] is { Length: > 0 } failures)
        {
            options.FailuresToOpen = int.Parse(failures, CultureInfo.InvariantCulture);
        }

        return options;
    }

    private static TimeSpan TimeSpanOr(string? text, TimeSpan fallback) =>
        text is { Length: > 0 } ? TimeSpan.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
