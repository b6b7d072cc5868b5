using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using Seo.Application.Common.Ports;
using Seo.Projections.Redis;
using StackExchange.Redis;

namespace Seo.Projections.Tests.Redis;

/// <summary>
/// A Redis that hangs costs a reader the read deadline, and once the circuit is open nothing at
/// all: reads are answered "unavailable" (so queries fall back to the write store) without asking.
/// </summary>
public sealed class RedisReadCircuitTests
{
    private static readonly RedisReadCircuitOptions Options = new()
    {
        ReadTimeout = TimeSpan.FromMilliseconds(250),
        FailuresToOpen = 3,
        SamplingDuration = TimeSpan.FromSeconds(10),
        BreakDuration = TimeSpan.FromSeconds(5),
    };

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_read_that_gets_no_answer_is_unavailable_after_the_read_deadline()
    {
        var circuit = new RedisReadCircuit(Options, _clock);
        var hanging = new TaskCompletionSource<int>();

        var read = circuit.ReadAsync(() => hanging.Task, "availability", CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(249));
        read.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        var refused = await Should.ThrowAsync<ReadModelUnavailableException>(read);
        refused.Message.ShouldContain("availability");
    }

    [Fact]
    public async Task After_repeated_timeouts_the_circuit_opens_and_reads_are_refused_without_asking_redis()
    {
        var circuit = new RedisReadCircuit(Options, _clock);
        var asked = 0;
        Task<int> Hang()
        {
            asked++;
            return new TaskCompletionSource<int>().Task;
        }

        for (var i = 0; i < Options.FailuresToOpen; i++)
        {
            var read = circuit.ReadAsync(Hang, "availability", CancellationToken.None);
            _clock.Advance(Options.ReadTimeout);
            await Should.ThrowAsync<ReadModelUnavailableException>(read);
        }

        circuit.State.CircuitState.ShouldBe(CircuitState.Open);
        var refusedAtOnce = circuit.ReadAsync(Hang, "availability", CancellationToken.None);
        refusedAtOnce.IsCompleted.ShouldBeTrue("an open circuit answers without waiting");
        await Should.ThrowAsync<ReadModelUnavailableException>(refusedAtOnce);
        asked.ShouldBe(Options.FailuresToOpen);
    }

    [Fact]
    public async Task Once_the_break_is_over_one_read_probes_redis_and_a_good_answer_closes_the_circuit()
    {
        var circuit = new RedisReadCircuit(Options, _clock);
        for (var i = 0; i < Options.FailuresToOpen; i++)
        {
            await Should.ThrowAsync<ReadModelUnavailableException>(
                circuit.ReadAsync<int>(() => throw Outage(), "live", CancellationToken.None));
        }

        circuit.State.CircuitState.ShouldBe(CircuitState.Open);
        _clock.Advance(Options.BreakDuration);

        (await circuit.ReadAsync(() => Task.FromResult(42), "live", CancellationToken.None)).ShouldBe(42);
        circuit.State.CircuitState.ShouldBe(CircuitState.Closed);
    }

    [Fact]
    public async Task A_write_has_no_read_deadline_but_is_refused_at_once_while_the_circuit_is_open()
    {
        var circuit = new RedisReadCircuit(Options, _clock);
        var slowWrite = new TaskCompletionSource<int>();
        var write = circuit.CallAsync(() => slowWrite.Task, "availability", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(2));
        write.IsCompleted.ShouldBeFalse("a write cut short could land and be counted again by its retry");
        slowWrite.SetResult(1);
        (await write).ShouldBe(1);

        for (var i = 0; i < Options.FailuresToOpen; i++)
        {
            var read = circuit.ReadAsync(() => new TaskCompletionSource<int>().Task, "availability", CancellationToken.None);
            _clock.Advance(Options.ReadTimeout);
            await Should.ThrowAsync<ReadModelUnavailableException>(read);
        }

        var asked = false;
        await Should.ThrowAsync<ReadModelUnavailableException>(circuit.CallAsync(() => { asked = true; return Task.FromResult(1); }, "availability", CancellationToken.None));
        asked.ShouldBeFalse();
    }

    [Fact]
    public async Task A_failure_that_is_not_an_outage_passes_unchanged_and_does_not_open_the_circuit()
    {
        var circuit = new RedisReadCircuit(Options, _clock);
        for (var i = 0; i < Options.FailuresToOpen + 2; i++)
        {
            await Should.ThrowAsync<RedisServerException>(
                circuit.ReadAsync<int>(() => throw NotAnOutage(), "availability", CancellationToken.None));
        }

        circuit.State.CircuitState.ShouldBe(CircuitState.Closed);
    }

    [Fact]
    public async Task A_caller_that_gives_up_is_not_counted_as_an_outage()
    {
        var circuit = new RedisReadCircuit(Options, _clock);
        for (var i = 0; i < Options.FailuresToOpen + 2; i++)
        {
            using var gone = new CancellationTokenSource();
            var read = circuit.ReadAsync(() => new TaskCompletionSource<int>().Task, "availability", gone.Token);
            await gone.CancelAsync();
            await Should.ThrowAsync<OperationCanceledException>(read);
        }

        circuit.State.CircuitState.ShouldBe(CircuitState.Closed);
    }

#pragma warning disable CS0618 // The simplest constructor makes the point; which command failed does not matter here.
    private static RedisTimeoutException Outage() => new("no answer", CommandStatus.Sent);

    private static RedisServerException NotAnOutage() => new("NOSCRIPT No matching script");
#pragma warning restore CS0618
}
