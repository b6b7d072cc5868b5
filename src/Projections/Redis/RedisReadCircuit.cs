using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Seo.Application.Common.Ports;
using Seo.Projections.Availability;

namespace Seo.Projections.Redis;

/// <summary>
/// One circuit for the Redis server, shared by the read models that live on it. Each read gets a
/// short deadline (<see cref="RedisReadCircuitOptions.ReadTimeout"/>); when reads keep failing or
/// timing out, the circuit opens and reads are answered "unavailable" at once — no network wait —
/// so queries fall back to the write store in microseconds until one probe finds Redis well again.
/// Other calls (the projector's writes, a live view's wait for news) skip the deadline: a write cut
/// short by it may still land, and the retry that followed would count it twice; a wait is meant to
/// last. They still fail fast while the circuit is open.
/// </summary>
public sealed class RedisReadCircuit
{
    private readonly ResiliencePipeline reads;
    private readonly ResiliencePipeline calls;

    public RedisReadCircuit(RedisReadCircuitOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var breaker = new CircuitBreakerStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<TimeoutRejectedException>().Handle<Exception>(RedisOutageGuard.IsOutage),
            FailureRatio = 0.5,
            MinimumThroughput = Math.Max(2, options.FailuresToOpen),
            SamplingDuration = options.SamplingDuration,
            BreakDuration = options.BreakDuration,
            StateProvider = State,
        };

        // One breaker for both: a write that finds Redis down opens it for the reads too.
        var shared = new ResiliencePipelineBuilder { TimeProvider = clock }.AddCircuitBreaker(breaker).Build();
        reads = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddPipeline(shared)
            .AddTimeout(options.ReadTimeout)
            .Build();
        calls = shared;
    }

    /// <summary>The circuit's state, for health reports and tests.</summary>
    public CircuitBreakerStateProvider State { get; } = new();

    public Task<T> ReadAsync<T>(Func<Task<T>> call, string readModel, CancellationToken cancellationToken) =>
        RunAsync(reads, call, readModel, cancellationToken);

    public Task<T> CallAsync<T>(Func<Task<T>> call, string readModel, CancellationToken cancellationToken) =>
        RunAsync(calls, call, readModel, cancellationToken);

    private static async Task<T> RunAsync<T>(ResiliencePipeline pipeline, Func<Task<T>> call, string readModel, CancellationToken cancellationToken)
    {
        try
        {
            // The Redis client takes no cancellation token; WaitAsync lets the deadline end the wait.
            return await pipeline.ExecuteAsync(async token => await call().WaitAsync(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is BrokenCircuitException or TimeoutRejectedException || RedisOutageGuard.IsOutage(exception))
        {
            throw new ReadModelUnavailableException($"The {readModel} read model (Redis) is unreachable: {exception.Message}", exception);
        }
    }
}
