using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Seo.Infrastructure.Http;

/// <summary>
/// The retry every outbound HTTP adapter uses: exponential with jitter, only on transient failures
/// (the defaults: 5xx, 408, 429 honouring Retry-After, connection errors and attempt timeouts), and
/// none at all when <paramref name="retries"/> is 0.
/// </summary>
internal static class TransientRetry
{
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddTransientRetry(
        this ResiliencePipelineBuilder<HttpResponseMessage> pipeline, int retries, TimeSpan medianFirstDelay)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return retries <= 0
            ? pipeline
            : pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = retries,
                Delay = medianFirstDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
    }
}
