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
    /// <param name="jitter">A number in [0, 1) adding up to half the delay again.</param>
    public static TimeSpan Delay(TimeSpan initial, int retry, double jitter)
    {
        var exponential = initial * Math.Pow(2, retry - 1);
        var delay = exponential + (exponential * (jitter / 2));
        return delay < Ceiling ? delay : Ceiling;
    }
}
