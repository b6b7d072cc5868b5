namespace Seo.Infrastructure.Http;

/// <summary>
/// Counts the attempts a retrying pipeline made at one request. It sits inside the resilience
/// handler, so it sees every attempt, and keeps the count on the request, so the adapter that gave
/// up can say how many attempts it really made rather than how many it was allowed.
/// </summary>
internal sealed class AttemptCounter : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<Counter> Key = new("Seo.Attempts");

    /// <summary>The attempts made at <paramref name="request"/> so far; 0 when none reached this handler.</summary>
    public static int Attempts(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(Key, out var counter) ? counter.Value : 0;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(Key, out var counter))
        {
            counter = new Counter();
            request.Options.Set(Key, counter);
        }

        Interlocked.Increment(ref counter.Value);
        return base.SendAsync(request, cancellationToken);
    }

    private sealed class Counter
    {
        public int Value;
    }
}
