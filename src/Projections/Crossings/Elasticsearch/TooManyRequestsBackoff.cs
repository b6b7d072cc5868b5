namespace Seo.Projections.Crossings.Elasticsearch;

/// <summary>
/// How long to wait before sending again what Elasticsearch refused with 429: exponential, with
/// jitter so that the many projection workers a rejection hits together do not come back together.
/// </summary>
internal static class TooManyRequestsBackoff
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);

    /// <param name="initial">The first delay.</param>
    /// <param name="retry">The number of this retry, from 1.</param>
    /// <param name="jitter">A number in [0, 1): the delay is spread over [half, all] of its step.</param>
    public static TimeSpan Delay(TimeSpan initial, int retry, double jitter)
    {
        // Capped before the jitter, so that workers at the ceiling still spread out; in doubles,
        // so that many retries cannot overflow a TimeSpan.
        var step = Math.Min(initial.Ticks * Math.Pow(2, Math.Clamp(retry - 1, 0, 62)), Ceiling.Ticks);
        return TimeSpan.FromTicks((long)(step * (0.5 + (jitter / 2))));
    }
}
