using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Behaviours;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Common;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Persistence;

/// <summary>A command that adds bookings, to drive the real unit-of-work pipeline step.</summary>
public sealed record AddBookings(IReadOnlyList<Booking> Bookings) : ICommand<Result>;

public abstract class OutboxTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    private async Task<(int Bookings, int Messages)> CountAsync()
    {
        await using var db = Database.NewContext();
        return (await db.Bookings.CountAsync(), await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task Saving_a_booking_writes_one_outbox_message_per_domain_event()
    {
        var booking = TestData.Booking();
        booking.Pay(TestData.Fee, "PAY-1", TestData.Now.AddMinutes(1)).IsSuccess.ShouldBeTrue();
        var raised = booking.DomainEvents.ToList();
        raised.Count.ShouldBe(2);

        await using (var db = Database.NewContext())
        {
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
        }

        booking.DomainEvents.ShouldBeEmpty();
        await using var read = Database.NewContext();
        var messages = await read.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync();
        messages.Select(m => m.EventId).ShouldBe(raised.Select(e => e.EventId));
        messages.Select(m => m.Type).ShouldBe([nameof(BookingRequested), nameof(BookingPaid)]);
        messages.ShouldAllBe(m => m.AggregateType == "Booking" && m.AggregateId == booking.Id.ToString());
        messages.ShouldAllBe(m => m.ProcessedAt == null && m.Attempts == 0 && m.LastError == null);
        messages[0].OccurredAt.ShouldBe(TestData.Now);
        messages[1].OccurredAt.ShouldBe(TestData.Now.AddMinutes(1));
        messages[1].Sequence.ShouldBeGreaterThan(messages[0].Sequence);

        using var requested = JsonDocument.Parse(messages[0].Payload);
        requested.RootElement.GetProperty("eventId").GetGuid().ShouldBe(raised[0].EventId);
        requested.RootElement.GetProperty("bookingId").GetProperty("value").GetGuid().ShouldBe(booking.Id.Value);
        requested.RootElement.GetProperty("checkpoint").GetProperty("value").GetString().ShouldBe("DOSTYK");
        requested.RootElement.GetProperty("sequenceNumber").GetInt32().ShouldBe(1);
        requested.RootElement.GetProperty("fee").GetProperty("amount").GetDecimal().ShouldBe(TestData.Fee.Amount);
        using var paid = JsonDocument.Parse(messages[1].Payload);
        paid.RootElement.GetProperty("paymentReference").GetString().ShouldBe("PAY-1");
    }

    [Fact]
    public async Task Saving_again_without_changes_writes_no_second_copy_of_the_events()
    {
        await using var db = Database.NewContext();
        db.Bookings.Add(TestData.Booking());
        await db.SaveChangesAsync();
        await db.SaveChangesAsync();

        (await CountAsync()).ShouldBe((1, 1));
    }

    [Fact]
    public async Task Outbox_atomicity_a_transaction_that_fails_after_the_aggregate_write_leaves_neither_booking_nor_message()
    {
        await using (var db = Database.NewContext())
        {
            var unitOfWork = new EfUnitOfWork(db);
            await unitOfWork.RunAsync(async _ =>
            {
                await using var transaction = await unitOfWork.BeginAsync(CancellationToken.None);
                db.Bookings.Add(TestData.Booking(plate: "123ABC02", vin: TestData.Vin));
                await unitOfWork.SaveChangesAsync(CancellationToken.None);

                // Aggregate and message are written inside the transaction...
                (await db.Bookings.CountAsync(CancellationToken.None)).ShouldBe(1);
                (await db.OutboxMessages.CountAsync(CancellationToken.None)).ShouldBe(1);

                // ...then the transaction fails: a later write in it breaks R21's unique index.
                db.Bookings.Add(TestData.Booking(plate: "777XYZ01", vin: TestData.Vin));
                await Should.ThrowAsync<PersistenceConflictException>(() => unitOfWork.SaveChangesAsync(CancellationToken.None));
                await transaction.RollbackAsync(CancellationToken.None);
                return true;
            }, CancellationToken.None);
        }

        (await CountAsync()).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Outbox_atomicity_a_transaction_disposed_without_commit_leaves_nothing()
    {
        await using (var db = Database.NewContext())
        {
            var unitOfWork = new EfUnitOfWork(db);
            await unitOfWork.RunAsync(async _ =>
            {
                await using var transaction = await unitOfWork.BeginAsync(CancellationToken.None);
                db.Bookings.Add(TestData.Booking());
                await unitOfWork.SaveChangesAsync(CancellationToken.None);
                (await db.OutboxMessages.CountAsync(CancellationToken.None)).ShouldBe(1);
                return true;
            }, CancellationToken.None);
        }

        (await CountAsync()).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Outbox_atomicity_through_the_pipeline_a_refused_save_rolls_back_every_aggregate_and_message_of_the_command()
    {
        var existing = TestData.Booking(plate: "123ABC02", vin: TestData.Vin);
        await using (var db = Database.NewContext())
        {
            db.Bookings.Add(existing);
            await db.SaveChangesAsync();
        }

        Result result;
        await using (var db = Database.NewContext())
        {
            var behavior = new UnitOfWorkBehavior<AddBookings, Result>(new EfUnitOfWork(db));
            var command = new AddBookings([TestData.Booking(plate: "555AAA01", vin: TestData.OtherVin), TestData.Booking(plate: "777XYZ01", vin: TestData.Vin)]);
            result = await behavior.Handle(
                command,
                async (message, ct) =>
                {
                    await new EfRepository<Booking>(db).AddAsync(message.Bookings[0], ct);
                    await new EfRepository<Booking>(db).AddAsync(message.Bookings[1], ct);
                    return Result.Success();
                },
                CancellationToken.None);
        }

        result.IsSuccess.ShouldBeFalse();
        result.Error.Code.ShouldBe("vehicle-has-active-booking");
        await using var read = Database.NewContext();
        (await read.Bookings.Select(b => b.Id).ToListAsync()).ShouldBe([existing.Id]);
        (await read.OutboxMessages.Select(m => m.AggregateId).ToListAsync()).ShouldBe([existing.Id.ToString()]);
    }

    [Fact]
    public async Task Outbox_atomicity_a_crash_at_commit_leaves_neither_the_aggregate_nor_its_message()
    {
        var crash = new FailingCommit(() => new InvalidOperationException("the process died before the commit"));
        await using (var db = Database.NewContext(crash))
        {
            var behavior = new UnitOfWorkBehavior<AddBookings, Result>(new EfUnitOfWork(db));
            await Should.ThrowAsync<InvalidOperationException>(() => behavior.Handle(
                new AddBookings([TestData.Booking()]),
                async (message, ct) =>
                {
                    await new EfRepository<Booking>(db).AddAsync(message.Bookings[0], ct);
                    return Result.Success();
                },
                CancellationToken.None).AsTask());
        }

        crash.Attempts.ShouldBe(1);
        (await CountAsync()).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Through_the_pipeline_a_successful_command_commits_aggregate_and_message_together()
    {
        var booking = TestData.Booking();
        await using (var db = Database.NewContext())
        {
            var behavior = new UnitOfWorkBehavior<AddBookings, Result>(new EfUnitOfWork(db));
            var result = await behavior.Handle(
                new AddBookings([booking]),
                async (message, ct) =>
                {
                    await new EfRepository<Booking>(db).AddAsync(message.Bookings[0], ct);
                    return Result.Success();
                },
                CancellationToken.None);
            result.IsSuccess.ShouldBeTrue();
        }

        (await CountAsync()).ShouldBe((1, 1));
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteOutboxTests(SqliteStore store) : OutboxTests<SqliteStore>(store);

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlOutboxTests(PostgreSqlStore store) : OutboxTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerOutboxTests(SqlServerStore store) : OutboxTests<SqlServerStore>(store);
