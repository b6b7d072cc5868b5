using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Seo.Application.Common.Events;
using Seo.Application.Common.Ports;
using Seo.Projections.Availability;
using Seo.Projections.Redis;
using StackExchange.Redis;

namespace Seo.Projections.Tests.Availability;

/// <summary>The projection copies each SlotCountChanged into the read model under its version guard.</summary>
public sealed class AvailabilityProjectionTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);
    private readonly InProcessAvailabilityReadModel _model = new();

    private static OutboxEnvelope Envelope(SlotCount count, long sequence = 1)
    {
        var changed = new SlotCountChanged(count);
        return new OutboxEnvelope(sequence, Guid.NewGuid(), SlotCountChanged.EventType, SlotCountChanged.AggregateType, changed.AggregateId, changed.ToPayload(), DateTimeOffset.UnixEpoch);
    }

    private static SlotCount Count(long version, int booked) => new("DOSTYK", Day, 600, 20, booked, 0, version);

    [Fact]
    public void It_accepts_slot_count_changes_only()
    {
        var projection = new AvailabilityProjection(_model);

        projection.Accepts(nameof(SlotCountChanged)).ShouldBeTrue();
        projection.Accepts("BookingIssued").ShouldBeFalse();
    }

    [Fact]
    public async Task A_change_is_stored_as_the_event_carried_it()
    {
        await new AvailabilityProjection(_model).HandleAsync(Envelope(new SlotCount("DOSTYK", Day, 600, 20, 3, 1, 4)), CancellationToken.None);

        (await _model.ReadAsync("DOSTYK", Day, Day, CancellationToken.None)).ShouldBe([new SlotCount("DOSTYK", Day, 600, 20, 3, 1, 4)]);
    }

    [Fact]
    public async Task A_repeated_or_late_delivery_changes_nothing()
    {
        var projection = new AvailabilityProjection(_model);
        await projection.HandleAsync(Envelope(Count(5, 5)), CancellationToken.None);

        await projection.HandleAsync(Envelope(Count(3, 3)), CancellationToken.None);
        await projection.HandleAsync(Envelope(Count(5, 5)), CancellationToken.None);

        (await _model.ReadAsync("DOSTYK", Day, Day, CancellationToken.None)).ShouldBe([Count(5, 5)]);
    }

    [Fact]
    public async Task A_read_model_failure_is_thrown_back_so_the_dispatcher_retries_the_event()
    {
        var failing = Substitute.For<IAvailabilityReadModel>();
        failing.ApplyAsync(Arg.Any<IReadOnlyCollection<SlotCount>>(), Arg.Any<CancellationToken>()).ThrowsAsync(new ReadModelUnavailableException("down"));

        await Should.ThrowAsync<ReadModelUnavailableException>(() => new AvailabilityProjection(failing).HandleAsync(Envelope(Count(1, 1)), CancellationToken.None));
    }

    [Fact]
    public async Task The_Redis_guard_turns_an_unreachable_server_into_read_model_unavailable_and_lets_other_failures_through()
    {
        var redis = Substitute.For<IAvailabilityReadModel>();
#pragma warning disable CS0618 // The simplest constructors make the point; which command failed does not matter here.
        redis.ReadAsync(default!, default, default, default).ReturnsForAnyArgs<IReadOnlyList<SlotCount>>(
            _ => throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "down"),
            _ => throw new RedisTimeoutException("slow", CommandStatus.Sent),
            _ => throw new RedisServerException("ERR script"));
#pragma warning restore CS0618
        var guard = new RedisOutageGuard(redis, new RedisReadCircuit(new RedisReadCircuitOptions(), TimeProvider.System));

        await Should.ThrowAsync<ReadModelUnavailableException>(() => guard.ReadAsync("DOSTYK", Day, Day, CancellationToken.None));
        await Should.ThrowAsync<ReadModelUnavailableException>(() => guard.ReadAsync("DOSTYK", Day, Day, CancellationToken.None));
        await Should.ThrowAsync<RedisServerException>(() => guard.ReadAsync("DOSTYK", Day, Day, CancellationToken.None));
    }

    [Theory]
    [InlineData("LOADING Redis is loading the dataset in memory")]
    [InlineData("READONLY You can't write against a read only replica.")]
    [InlineData("MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.")]
    [InlineData("BUSY Redis is busy running a script.")]
    public async Task The_Redis_guard_also_treats_a_server_that_cannot_serve_yet_as_unavailable(string reply)
    {
        var redis = Substitute.For<IAvailabilityReadModel>();
#pragma warning disable CS0618 // The simplest constructor makes the point: the reply's prefix is what counts.
        redis.ApplyAsync(default!, default).ReturnsForAnyArgs<int>(_ => throw new RedisServerException(reply));
#pragma warning restore CS0618
        var guard = new RedisOutageGuard(redis, new RedisReadCircuit(new RedisReadCircuitOptions(), TimeProvider.System));

        var unavailable = await Should.ThrowAsync<ReadModelUnavailableException>(() => guard.ApplyAsync([], CancellationToken.None));

        unavailable.InnerException.ShouldBeOfType<RedisServerException>();
    }

    [Fact]
    public void A_rebuild_after_a_reconnect_that_fails_is_tried_again_after_a_pause_growing_to_a_minute()
    {
        Enumerable.Range(1, 9).Select(AvailabilityRebuildOnReconnect.PauseAfter).Select(p => p.TotalSeconds)
            .ShouldBe([1, 2, 4, 8, 16, 32, 60, 60, 60]);
        AvailabilityRebuildOnReconnect.PauseAfter(int.MaxValue).ShouldBe(TimeSpan.FromMinutes(1));
    }

    [Theory]
    [InlineData("BUSYKEY Target key name already exists.")]
    [InlineData("BUSYGROUP Consumer Group name already exists")]
    public async Task The_Redis_guard_lets_lasting_errors_that_only_look_alike_through(string reply)
    {
        var redis = Substitute.For<IAvailabilityReadModel>();
#pragma warning disable CS0618 // The simplest constructor makes the point: the reply's prefix is what counts.
        redis.ApplyAsync(default!, default).ReturnsForAnyArgs<int>(_ => throw new RedisServerException(reply));
#pragma warning restore CS0618
        var guard = new RedisOutageGuard(redis, new RedisReadCircuit(new RedisReadCircuitOptions(), TimeProvider.System));

        await Should.ThrowAsync<RedisServerException>(() => guard.ApplyAsync([], CancellationToken.None));
    }
}
