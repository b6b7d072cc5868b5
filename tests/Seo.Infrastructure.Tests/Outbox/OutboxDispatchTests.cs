using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Seo.Application.Common.Events;
using Seo.Application.Common.Ports;
using Seo.Infrastructure.Outbox;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Persistence.Outbox;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Outbox;

/// <summary>
/// The outbox dispatcher on a real store: commit order, at-least-once with back-off, poison and
/// replay, and several dispatchers at once never delivering one message to two of them.
/// </summary>
public abstract class OutboxDispatchTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    private readonly FakeTimeProvider _clock = new(TestData.Now.AddHours(1));
    private readonly OutboxOptions _options = new() { BatchSize = 10, MaxAttempts = 3 };

    private async Task<List<Guid>> WriteEventsAsync(int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            await using var db = Database.NewContext();
            var booking = TestData.Booking(plate: $"{100 + i}ABC02", vin: $"XTA2107{i:D10}");
            ids.AddRange(booking.DomainEvents.Select(e => e.EventId));
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
        }

        return ids;
    }

    private async Task<int> RoundAsync(SeoDbContext db, params IOutboxHandler[] handlers)
    {
        using var meters = new TestMeterFactory();
        using var metrics = new OutboxMetrics(meters);
        var round = new OutboxDispatchRound(new OutboxStore(db, _options), _options, db, handlers, _clock, metrics, NullLogger<OutboxDispatchRound>.Instance);
        return await round.RunAsync(CancellationToken.None);
    }

    private async Task<int> RoundAsync(params IOutboxHandler[] handlers)
    {
        await using var db = Database.NewContext();
        return await RoundAsync(db, handlers);
    }

    [Fact]
    public async Task Events_are_delivered_in_commit_order_to_the_handlers_that_accept_them_and_marked_delivered()
    {
        var written = await WriteEventsAsync(3);
        var bookings = new Recorder("BookingRequested");
        var others = new Recorder("SomethingElse");

        (await RoundAsync(bookings, others)).ShouldBe(3);

        bookings.Received.ShouldBe(written);
        others.Received.ShouldBeEmpty();
        await using var db = Database.NewContext();
        (await db.OutboxMessages.CountAsync(m => m.ProcessedAt == _clock.GetUtcNow() && m.LeaseOwner == null)).ShouldBe(3);
        (await RoundAsync(bookings)).ShouldBe(0);
    }

    [Fact]
    public async Task With_no_handler_registered_nothing_is_consumed_so_future_projections_see_every_event()
    {
        await WriteEventsAsync(2);

        (await RoundAsync()).ShouldBe(0);

        await using var db = Database.NewContext();
        (await db.OutboxMessages.CountAsync(m => m.ProcessedAt == null && m.Attempts == 0)).ShouldBe(2);
    }

    [Fact]
    public async Task A_failing_delivery_is_retried_after_its_back_off_and_poisoned_after_too_many()
    {
        await WriteEventsAsync(1);
        var failing = new Recorder("BookingRequested", fail: true);

        (await RoundAsync(failing)).ShouldBe(1);
        await using (var db = Database.NewContext())
        {
            var message = await db.OutboxMessages.AsNoTracking().SingleAsync();
            message.Attempts.ShouldBe(1);
            message.LastError.ShouldBe("InvalidOperationException: projection down");
            message.NextAttemptAt.ShouldBe(_clock.GetUtcNow() + TimeSpan.FromSeconds(1));
            message.ProcessedAt.ShouldBeNull();
        }

        // Not due before its back-off has passed.
        (await RoundAsync(failing)).ShouldBe(0);
        _clock.Advance(TimeSpan.FromSeconds(1));
        (await RoundAsync(failing)).ShouldBe(1);
        _clock.Advance(TimeSpan.FromSeconds(2));
        (await RoundAsync(failing)).ShouldBe(1);

        await using var check = Database.NewContext();
        var poisoned = await check.OutboxMessages.AsNoTracking().SingleAsync();
        poisoned.Attempts.ShouldBe(3);
        poisoned.PoisonedAt.ShouldBe(_clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromHours(1));
        (await RoundAsync(failing)).ShouldBe(0);
        failing.Received.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_replayed_poisoned_event_is_delivered_again()
    {
        await WriteEventsAsync(1);
        var failing = new Recorder("BookingRequested", fail: true);
        for (var i = 0; i < _options.MaxAttempts; i++)
        {
            await RoundAsync(failing);
            _clock.Advance(TimeSpan.FromMinutes(10));
        }

        await using var db = Database.NewContext();
        var sequence = await db.OutboxMessages.Select(m => m.Sequence).SingleAsync();
        (await new OutboxStore(db, _options).ReplayAsync(sequence, CancellationToken.None)).ShouldBe(ReplayOutcome.Replayed);
        var healed = new Recorder("BookingRequested");

        (await RoundAsync(healed)).ShouldBe(1);

        healed.Received.Count.ShouldBe(1);
        (await new OutboxStore(db, _options).ReplayAsync(sequence, CancellationToken.None)).ShouldBe(ReplayOutcome.NotPoisoned);
        (await new OutboxStore(db, _options).ReplayAsync(sequence + 1000, CancellationToken.None)).ShouldBe(ReplayOutcome.NotFound);
    }

    [Fact]
    public async Task A_claim_that_is_never_finished_expires_and_another_dispatcher_delivers_the_message()
    {
        await WriteEventsAsync(1);
        await using (var crashed = Database.NewContext())
        {
            (await new OutboxStore(crashed, _options).ClaimAsync("crashed", _clock.GetUtcNow(), CancellationToken.None)).Count.ShouldBe(1);
        }

        var recorder = new Recorder("BookingRequested");
        (await RoundAsync(recorder)).ShouldBe(0);
        _clock.Advance(_options.Lease + TimeSpan.FromSeconds(1));

        (await RoundAsync(recorder)).ShouldBe(1);
        recorder.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Dispatchers_running_at_once_deliver_each_event_exactly_once()
    {
        var written = await WriteEventsAsync(60);
        var shared = new Recorder("BookingRequested");
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var dispatchers = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            while (await RoundAsync(shared) > 0)
            {
            }
        })).ToList();
        start.SetResult();
        await Task.WhenAll(dispatchers);

        shared.Received.Count.ShouldBe(written.Count);
        shared.Received.ShouldBe(written, ignoreOrder: true);
        await using var db = Database.NewContext();
        (await db.OutboxMessages.CountAsync(m => m.ProcessedAt == null)).ShouldBe(0);
    }

    private sealed class Recorder(
        string type, bool fail = false, Func<OutboxEnvelope, bool>? failWhen = null, Action? onEach = null, Func<Task>? onEachAsync = null) : IOutboxHandler
    {
        private readonly ConcurrentQueue<Guid> _received = new();

        public IReadOnlyList<Guid> Received => [.. _received];

        public bool Accepts(string eventType) => type == "*" || eventType == type;

        public async Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
        {
            _received.Enqueue(envelope.EventId);
            onEach?.Invoke();
            if (onEachAsync is not null)
            {
                await onEachAsync();
            }

            if (fail || failWhen?.Invoke(envelope) == true)
            {
                throw new InvalidOperationException("projection down");
            }
        }
    }

    private sealed class BatchRecorder(
        string type, bool failBatch = false, Func<Guid, bool>? failOne = null, Action? onBatch = null) : IOutboxBatchHandler
    {
        public List<List<Guid>> Batches { get; } = [];

        public List<Guid> OneAtATime { get; } = [];

        public bool Accepts(string eventType) => eventType == type;

        public Task HandleBatchAsync(IReadOnlyList<OutboxEnvelope> envelopes, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            onBatch?.Invoke();
            if (failBatch)
            {
                throw new InvalidOperationException("index refused the batch");
            }

            Batches.Add([.. envelopes.Select(e => e.EventId)]);
            return Task.CompletedTask;
        }

        public Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
        {
            OneAtATime.Add(envelope.EventId);
            return failOne?.Invoke(envelope.EventId) == true
                ? throw new InvalidOperationException("bad event")
                : Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_failed_event_holds_back_the_later_events_of_its_aggregate_but_not_of_others()
    {
        // Two bookings, each with two events (requested, paid) written in one save.
        var first = TestData.Booking(plate: "101ABC02", vin: "XTA21070000000001");
        first.Pay(TestData.Fee, "PAY-1", TestData.Now.AddMinutes(1)).IsSuccess.ShouldBeTrue();
        var second = TestData.Booking(plate: "102ABC02", vin: "XTA21070000000002");
        second.Pay(TestData.Fee, "PAY-2", TestData.Now.AddMinutes(1)).IsSuccess.ShouldBeTrue();
        var (firstRequested, firstPaid) = (first.DomainEvents[0].EventId, first.DomainEvents[1].EventId);
        var (secondRequested, secondPaid) = (second.DomainEvents[0].EventId, second.DomainEvents[1].EventId);
        await using (var db = Database.NewContext())
        {
            db.Bookings.AddRange(first, second);
            await db.SaveChangesAsync();
        }

        var failures = 0;
        var handler = new Recorder("*", failWhen: e => e.EventId == firstRequested && failures++ == 0);

        (await RoundAsync(handler)).ShouldBe(4);

        // The first booking's payment waited behind its failed request; the second booking went through.
        handler.Received.ShouldBe([firstRequested, secondRequested, secondPaid]);
        (await RoundAsync(handler)).ShouldBe(0);
        _clock.Advance(TimeSpan.FromSeconds(1));
        (await RoundAsync(handler)).ShouldBe(2);
        handler.Received.ShouldBe([firstRequested, secondRequested, secondPaid, firstRequested, firstPaid]);
    }

    [Fact]
    public async Task A_batch_handler_takes_the_round_s_events_in_one_call_in_commit_order_after_the_one_by_one_handlers()
    {
        var written = await WriteEventsAsync(5);
        var oneByOne = new Recorder("BookingRequested");
        var batched = new BatchRecorder("BookingRequested", onBatch: () => oneByOne.Received.Count.ShouldBe(5));

        (await RoundAsync(oneByOne, batched)).ShouldBe(5);

        batched.Batches.ShouldBe([written]);
        batched.OneAtATime.ShouldBeEmpty();
        await using var db = Database.NewContext();
        (await db.OutboxMessages.CountAsync(m => m.ProcessedAt != null)).ShouldBe(5);
    }

    [Fact]
    public async Task A_failed_batch_is_delivered_one_event_at_a_time_and_only_the_bad_event_backs_off()
    {
        var written = await WriteEventsAsync(4);
        var batched = new BatchRecorder("BookingRequested", failBatch: true, failOne: id => id == written[1]);

        (await RoundAsync(batched)).ShouldBe(4);

        batched.OneAtATime.ShouldBe(written);
        await using (var db = Database.NewContext())
        {
            var messages = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync();
            messages.Select(m => m.ProcessedAt is not null).ShouldBe([true, false, true, true]);
            messages[1].Attempts.ShouldBe(1);
            messages[1].LeaseOwner.ShouldBeNull();
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        var healed = new BatchRecorder("BookingRequested");
        (await RoundAsync(healed)).ShouldBe(1);
        healed.Batches.ShouldBe([[written[1]]]);
    }

    [Fact]
    public async Task Events_waiting_for_a_batch_handler_are_not_marked_delivered_when_the_round_is_cancelled_before_it()
    {
        var written = await WriteEventsAsync(3);
        using var shutdown = new CancellationTokenSource();
        var seen = 0;
        var oneByOne = new Recorder("BookingRequested", onEach: () =>
        {
            if (++seen == 3)
            {
                shutdown.Cancel();
            }
        });
        var batched = new BatchRecorder("BookingRequested");

        await using (var db = Database.NewContext())
        {
            using var meters = new TestMeterFactory();
            using var metrics = new OutboxMetrics(meters);
            var round = new OutboxDispatchRound(new OutboxStore(db, _options), _options, db, [oneByOne, batched], _clock, metrics, NullLogger<OutboxDispatchRound>.Instance);
            await Should.ThrowAsync<OperationCanceledException>(() => round.RunAsync(shutdown.Token));
        }

        batched.Batches.ShouldBeEmpty();
        var again = new BatchRecorder("BookingRequested");
        (await RoundAsync(again)).ShouldBe(3);
        again.Batches.ShouldBe([written]);
    }

    [Fact]
    public async Task A_lease_that_runs_out_mid_batch_stops_the_round_and_no_event_is_delivered_twice()
    {
        var written = await WriteEventsAsync(4);
        // The first delivery takes longer than the whole lease.
        var slow = new Recorder("BookingRequested", onEach: () => _clock.Advance(_options.Lease + TimeSpan.FromSeconds(1)));

        (await RoundAsync(slow)).ShouldBe(4);
        slow.Received.Count.ShouldBe(1);

        // What the round could not renew was given back at once, not left for the lease to lapse.
        var rest = new Recorder("BookingRequested");
        (await RoundAsync(rest)).ShouldBe(3);
        slow.Received.Concat(rest.Received).ShouldBe(written);
    }

    [Fact]
    public async Task An_event_no_registered_handler_accepts_counts_as_delivered()
    {
        await WriteEventsAsync(1);

        (await RoundAsync(new Recorder("SomethingElse"))).ShouldBe(1);

        await using var db = Database.NewContext();
        (await db.OutboxMessages.CountAsync(m => m.ProcessedAt != null)).ShouldBe(1);
    }

    [Fact]
    public async Task A_round_marks_its_whole_batch_delivered_in_one_write_not_one_per_event()
    {
        await WriteEventsAsync(8);
        var writes = new OutboxWrites();
        await using var db = Database.NewContext(writes);

        (await RoundAsync(db, new Recorder("BookingRequested"))).ShouldBe(8);

        // Claim and complete: two statements for eight events. No lease renewal while the round
        // is far from its lease's end, and no release when it delivered everything it claimed.
        writes.Count.ShouldBe(2);
        await using var check = Database.NewContext();
        (await check.OutboxMessages.CountAsync(m => m.ProcessedAt == null)).ShouldBe(0);
    }

    [Fact]
    public async Task A_slow_round_renews_the_lease_of_everything_it_still_holds_and_no_other_dispatcher_takes_any_of_it()
    {
        var written = await WriteEventsAsync(4);
        var rival = new Recorder("*");
        var rivalClaimed = new List<int>();
        // Each delivery takes half the lease, and after each one another dispatcher looks for
        // work: without renewal (of the delivered, not yet marked messages too) it would take some.
        var slow = new Recorder("BookingRequested", onEachAsync: async () =>
        {
            _clock.Advance(_options.Lease / 2);
            rivalClaimed.Add(await RoundAsync(rival));
        });

        (await RoundAsync(slow)).ShouldBe(4);

        slow.Received.ShouldBe(written);
        rivalClaimed.ShouldAllBe(claimed => claimed == 0);
        rival.Received.ShouldBeEmpty();
        await using var db = Database.NewContext();
        (await db.OutboxMessages.CountAsync(m => m.ProcessedAt == null)).ShouldBe(0);
    }

    [Fact]
    public async Task A_later_count_of_an_interval_is_delivered_while_an_earlier_one_fails()
    {
        await using (var db = Database.NewContext())
        {
            foreach (var version in new[] { 1L, 2L })
            {
                var changed = new SlotCountChanged(new SlotCount("DOSTYK", new DateOnly(2026, 12, 1), 600, 20, (int)version, 0, version));
                db.OutboxMessages.Add(new OutboxMessage
                {
                    EventId = Guid.NewGuid(),
                    Type = SlotCountChanged.EventType,
                    AggregateType = SlotCountChanged.AggregateType,
                    AggregateId = changed.AggregateId,
                    Payload = changed.ToPayload(),
                    OccurredAt = _clock.GetUtcNow(),
                });
            }

            await db.SaveChangesAsync();
        }

        var projection = new Recorder(SlotCountChanged.EventType, failWhen: e => SlotCountChanged.FromPayload(e.Payload).Count.Version == 1);

        (await RoundAsync(projection)).ShouldBe(2);

        // The newer count went through: the version guard, not the order, keeps the newest. The
        // failed older one is superseded (done, never retried), not backed off or poisoned.
        projection.Received.Count.ShouldBe(2);
        await using var check = Database.NewContext();
        var messages = await check.OutboxMessages.OrderBy(m => m.Sequence).ToListAsync();
        messages.ShouldAllBe(m => m.ProcessedAt != null && m.PoisonedAt == null && m.NextAttemptAt == null);
        messages[0].LastError.ShouldNotBeNull().ShouldStartWith("Superseded by a later message of DOSTYK:2026-12-01:600@");
        (await RoundAsync(projection)).ShouldBe(0);
    }

    [Fact]
    public async Task The_latest_count_of_an_interval_that_fails_backs_off_like_any_event()
    {
        await using (var db = Database.NewContext())
        {
            var changed = new SlotCountChanged(new SlotCount("DOSTYK", new DateOnly(2026, 12, 1), 600, 20, 1, 0, 1));
            db.OutboxMessages.Add(new OutboxMessage
            {
                EventId = Guid.NewGuid(),
                Type = SlotCountChanged.EventType,
                AggregateType = SlotCountChanged.AggregateType,
                AggregateId = changed.AggregateId,
                Payload = changed.ToPayload(),
                OccurredAt = _clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        (await RoundAsync(new Recorder(SlotCountChanged.EventType, fail: true))).ShouldBe(1);

        await using var check = Database.NewContext();
        var message = await check.OutboxMessages.SingleAsync();
        message.ProcessedAt.ShouldBeNull();
        message.Attempts.ShouldBe(1);
        message.NextAttemptAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_committed_transaction_with_outbox_rows_wakes_the_dispatcher_and_a_rolled_back_one_does_not()
    {
        var signal = new OutboxSignal();
        var interceptor = new OutboxCommitInterceptor(signal);

        await InTransactionAsync(interceptor, async (db, transaction) =>
        {
            db.Bookings.Add(TestData.Booking(plate: "201ABC02", vin: "XTA21070000000201"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });

        (await WokenAsync(signal)).ShouldBeFalse();

        await InTransactionAsync(interceptor, async (db, transaction) =>
        {
            db.Bookings.Add(TestData.Booking(plate: "202ABC02", vin: "XTA21070000000202"));
            await db.SaveChangesAsync();
            (await WokenAsync(signal)).ShouldBeFalse("nothing is visible before the commit");
            await transaction.CommitAsync();
        });

        (await WokenAsync(signal)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_save_without_outbox_rows_does_not_wake_the_dispatcher_and_one_outside_a_transaction_does()
    {
        var signal = new OutboxSignal();
        var interceptor = new OutboxCommitInterceptor(signal);
        await using (var db = Database.NewContext(interceptor))
        {
            db.Bookings.Add(TestData.Booking(plate: "203ABC02", vin: "XTA21070000000203"));
            await db.SaveChangesAsync();
        }

        (await WokenAsync(signal)).ShouldBeTrue();

        await InTransactionAsync(interceptor, async (db, transaction) =>
        {
            var booking = await db.Bookings.SingleAsync();
            booking.Pay(TestData.Fee, "PAY-203", TestData.Now.AddMinutes(1)).IsSuccess.ShouldBeTrue();
            booking.ClearDomainEvents();
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });

        (await WokenAsync(signal)).ShouldBeFalse();
    }

    /// <summary>A transaction of the test's own, inside the store's execution strategy (servers retry).</summary>
    private async Task InTransactionAsync(IInterceptor interceptor, Func<SeoDbContext, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction, Task> work)
    {
        await using var db = Database.NewContext(interceptor);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await work(db, transaction);
        });
    }

    /// <summary>Whether a notification is pending: the wait returns before the (fake) clock ever moves.</summary>
    private async Task<bool> WokenAsync(OutboxSignal signal)
    {
        var wait = signal.WaitAsync(TimeSpan.FromMinutes(1), _clock, CancellationToken.None);
        if (wait.IsCompleted)
        {
            await wait;
            return true;
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        await wait;
        return false;
    }

    /// <summary>Counts the statements that write the outbox table.</summary>
    private sealed class OutboxWrites : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("UPDATE", StringComparison.OrdinalIgnoreCase) && command.CommandText.Contains("OutboxMessages", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }

            return ValueTask.FromResult(result);
        }
    }

    private sealed class TestMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(m => m.Dispose());
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteOutboxDispatchTests(SqliteStore store) : OutboxDispatchTests<SqliteStore>(store);

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlOutboxDispatchTests(PostgreSqlStore store) : OutboxDispatchTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerOutboxDispatchTests(SqlServerStore store) : OutboxDispatchTests<SqlServerStore>(store);
