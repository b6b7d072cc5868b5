using Microsoft.EntityFrameworkCore;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Notifications;
using Seo.Domain.Verification;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Persistence;

public abstract class UnitOfWorkTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    private static Booking Booking(int n) =>
        TestData.Booking(plate: $"{n}00ABC02", vin: $"1M8GDM9AXKP04278{n}", issuedAt: TestData.Now.AddMinutes(n));

    private async Task<List<BookingId>> StoredAsync()
    {
        await using var db = Database.NewContext();
        return await db.Bookings.OrderBy(b => b.IssuedAt).Select(b => b.Id).ToListAsync();
    }

    private static VerificationRecord Refusal(Booking booking) =>
        VerificationRecord.NotBooked(
            new CheckedRequest(
                booking.Owner.AccountId, VerificationPurpose.NewBooking, null, booking.Checkpoint, booking.Interval.Date, booking.Vehicle, booking.Owner.Residency),
            [
                new CheckOutcome(RegistryCheck.LiabilityInsurance, CheckVerdict.Failed, "Unified insurance DB", "no policy in force", "ESBD-1", TestData.Now),
                new CheckOutcome(RegistryCheck.TechnicalInspection, CheckVerdict.Passed, "TO IS", null, "TO-9", TestData.Now, new DateOnly(2027, 3, 1)),
            ],
            new DomainError("checks-refused", "refused", ErrorKind.ChecksRefused),
            TestData.Now);

    [Fact]
    public async Task R20_a_kept_record_outlives_the_rollback_of_the_transaction_it_was_written_in()
    {
        var booking = Booking(1);
        var record = Refusal(booking);
        await using (var db = Database.NewContext())
        {
            var unitOfWork = new EfUnitOfWork(db);
            await unitOfWork.RunAsync(async _ =>
            {
                // As an idempotent request whose answer is a 5xx: everything it wrote is undone.
                await using var request = await unitOfWork.BeginAsync(CancellationToken.None);
                db.Bookings.Add(booking);
                await unitOfWork.SaveChangesAsync(CancellationToken.None);
                await unitOfWork.KeepAsync(record, CancellationToken.None);
                await request.RollbackAsync(CancellationToken.None);
                return true;
            }, CancellationToken.None);
        }

        (await StoredAsync()).ShouldBeEmpty();
        await using var read = Database.NewContext();
        var kept = await read.VerificationRecords.SingleAsync();
        kept.Id.ShouldBe(record.Id);
        kept.Decision.ShouldBe(VerificationDecision.Refused);
        kept.Outcomes.ShouldBe(record.Outcomes);
        (await read.OutboxMessages.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task R20_a_kept_record_inside_a_transaction_that_commits_is_written_once()
    {
        var record = Refusal(Booking(1));
        await using (var db = Database.NewContext())
        {
            var unitOfWork = new EfUnitOfWork(db);
            await unitOfWork.RunAsync(async _ =>
            {
                await using var request = await unitOfWork.BeginAsync(CancellationToken.None);
                await unitOfWork.KeepAsync(record, CancellationToken.None);
                await request.CommitAsync(CancellationToken.None);
                return true;
            }, CancellationToken.None);
        }

        await using var read = Database.NewContext();
        (await read.VerificationRecords.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task R20_a_record_kept_with_no_transaction_open_is_written_at_once_and_reads_back_whole()
    {
        var booking = Booking(1);
        var record = Refusal(booking);
        var notice = Notification.OfCheckNotice(booking.Owner.AccountId, booking.Id, record.Outcomes[0], TestData.Now);
        await using (var db = Database.NewContext())
        {
            var unitOfWork = new EfUnitOfWork(db);
            await unitOfWork.KeepAsync(record, CancellationToken.None);
            await unitOfWork.KeepAsync(notice, CancellationToken.None);
        }

        await using var read = Database.NewContext();
        var stored = await read.VerificationRecords.SingleAsync(r => r.VehiclePlate == booking.Vehicle.Plate && r.RequestedBy == booking.Owner.AccountId);
        stored.VehicleVin.ShouldBe(booking.Vehicle.Vin);
        stored.CheckedDate.ShouldBe(booking.Interval.Date);
        stored.RecordedAt.ShouldBe(TestData.Now);
        stored.DecisionCode.ShouldBe("checks-refused");
        stored.Outcomes[1].ValidUntil.ShouldBe(new DateOnly(2027, 3, 1));
        var storedNotice = await read.Notifications.SingleAsync(n => n.Recipient == booking.Owner.AccountId && n.ReadAt == null);
        storedNotice.Check.ShouldBe(RegistryCheck.LiabilityInsurance);
        storedNotice.Reference.ShouldBe("ESBD-1");
    }

    [Fact]
    public async Task R20_a_kept_record_written_again_after_a_lost_acknowledgement_is_stored_once_without_failing()
    {
        // The first write committed but its caller never heard so (a lost acknowledgement, or a
        // retried request): the same record is kept again, from a fresh context.
        var record = Refusal(Booking(1));
        await using (var first = Database.NewContext())
        {
            await new EfUnitOfWork(first).KeepAsync(record, CancellationToken.None);
        }

        await using (var again = Database.NewContext())
        {
            await Should.NotThrowAsync(() => new EfUnitOfWork(again).KeepAsync(record, CancellationToken.None));
        }

        await using var read = Database.NewContext();
        (await read.VerificationRecords.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task R20_a_kept_record_already_stored_is_not_rewritten_after_the_rollback()
    {
        var record = Refusal(Booking(1));
        await using (var first = Database.NewContext())
        {
            await new EfUnitOfWork(first).KeepAsync(record, CancellationToken.None);
        }

        await using (var db = Database.NewContext())
        {
            var unitOfWork = new EfUnitOfWork(db);
            await unitOfWork.RunAsync(async _ =>
            {
                await using var request = await unitOfWork.BeginAsync(CancellationToken.None);
                await unitOfWork.KeepAsync(record, CancellationToken.None);
                await request.RollbackAsync(CancellationToken.None);
                return true;
            }, CancellationToken.None);
        }

        await using var read = Database.NewContext();
        (await read.VerificationRecords.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task An_inner_scope_rolled_back_undoes_only_its_own_writes()
    {
        var (a, b, c) = (Booking(1), Booking(2), Booking(3));
        await using (var db = Database.NewContext())
        {
            var unitOfWork = new EfUnitOfWork(db);
            await unitOfWork.RunAsync(async _ =>
            {
                await using var outer = await unitOfWork.BeginAsync(CancellationToken.None);
                db.Bookings.Add(a);
                await unitOfWork.SaveChangesAsync(CancellationToken.None);

                await using (var inner = await unitOfWork.BeginAsync(CancellationToken.None))
                {
                    db.Bookings.Add(b);
                    await unitOfWork.SaveChangesAsync(CancellationToken.None);
                    (await db.Bookings.CountAsync(CancellationToken.None)).ShouldBe(2);
                    await inner.RollbackAsync(CancellationToken.None);
                }

                db.Bookings.Add(c);
                await unitOfWork.SaveChangesAsync(CancellationToken.None);
                await outer.CommitAsync(CancellationToken.None);
                return true;
            }, CancellationToken.None);
        }

        (await StoredAsync()).ShouldBe([a.Id, c.Id]);
        await using var read = Database.NewContext();
        (await read.OutboxMessages.Select(m => m.AggregateId).ToListAsync()).ShouldBe([a.Id.ToString(), c.Id.ToString()], ignoreOrder: true);
    }

    [Fact]
    public async Task An_inner_scope_disposed_without_commit_is_rolled_back()
    {
        var (a, b) = (Booking(1), Booking(2));
        await using (var db = Database.NewContext())
        {
            var unitOfWork = new EfUnitOfWork(db);
            await unitOfWork.RunAsync(async _ =>
            {
                await using var outer = await unitOfWork.BeginAsync(CancellationToken.None);
                db.Bookings.Add(a);
                await unitOfWork.SaveChangesAsync(CancellationToken.None);
                await using (await unitOfWork.BeginAsync(CancellationToken.None))
                {
                    db.Bookings.Add(b);
                    await unitOfWork.SaveChangesAsync(CancellationToken.None);
                }

                await outer.CommitAsync(CancellationToken.None);
                return true;
            }, CancellationToken.None);
        }

        (await StoredAsync()).ShouldBe([a.Id]);
    }

    [Fact]
    public async Task An_inner_scope_committed_keeps_its_writes_when_the_outer_commits()
    {
        var (a, b) = (Booking(1), Booking(2));
        await using (var db = Database.NewContext())
        {
            var unitOfWork = new EfUnitOfWork(db);
            await unitOfWork.RunAsync(async _ =>
            {
                await using var outer = await unitOfWork.BeginAsync(CancellationToken.None);
                db.Bookings.Add(a);
                await unitOfWork.SaveChangesAsync(CancellationToken.None);
                await using (var inner = await unitOfWork.BeginAsync(CancellationToken.None))
                {
                    db.Bookings.Add(b);
                    await unitOfWork.SaveChangesAsync(CancellationToken.None);
                    await inner.CommitAsync(CancellationToken.None);
                }

                await outer.CommitAsync(CancellationToken.None);
                return true;
            }, CancellationToken.None);
        }

        (await StoredAsync()).ShouldBe([a.Id, b.Id]);
    }

    [Fact]
    public async Task The_outer_rollback_undoes_an_inner_scope_that_committed()
    {
        await using (var db = Database.NewContext())
        {
            var unitOfWork = new EfUnitOfWork(db);
            await unitOfWork.RunAsync(async _ =>
            {
                await using var outer = await unitOfWork.BeginAsync(CancellationToken.None);
                db.Bookings.Add(Booking(1));
                await unitOfWork.SaveChangesAsync(CancellationToken.None);
                await using (var inner = await unitOfWork.BeginAsync(CancellationToken.None))
                {
                    db.Bookings.Add(Booking(2));
                    await unitOfWork.SaveChangesAsync(CancellationToken.None);
                    await inner.CommitAsync(CancellationToken.None);
                }

                await outer.RollbackAsync(CancellationToken.None);
                return true;
            }, CancellationToken.None);
        }

        (await StoredAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_inner_scopes_in_a_row_each_roll_back_alone()
    {
        var (a, b, c) = (Booking(1), Booking(2), Booking(3));
        await using (var db = Database.NewContext())
        {
            var unitOfWork = new EfUnitOfWork(db);
            await unitOfWork.RunAsync(async _ =>
            {
                await using var outer = await unitOfWork.BeginAsync(CancellationToken.None);
                await using (var first = await unitOfWork.BeginAsync(CancellationToken.None))
                {
                    db.Bookings.Add(a);
                    await unitOfWork.SaveChangesAsync(CancellationToken.None);
                    await first.CommitAsync(CancellationToken.None);
                }

                await using (var second = await unitOfWork.BeginAsync(CancellationToken.None))
                {
                    db.Bookings.Add(b);
                    await unitOfWork.SaveChangesAsync(CancellationToken.None);
                    await second.RollbackAsync(CancellationToken.None);
                }

                db.Bookings.Add(c);
                await unitOfWork.SaveChangesAsync(CancellationToken.None);
                await outer.CommitAsync(CancellationToken.None);
                return true;
            }, CancellationToken.None);
        }

        (await StoredAsync()).ShouldBe([a.Id, c.Id]);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteUnitOfWorkTests(SqliteStore store) : UnitOfWorkTests<SqliteStore>(store)
{
    [Fact]
    public async Task Writers_of_one_SQLite_file_take_turns_and_the_next_starts_when_the_first_commits()
    {
        await using var first = Database.NewContext();
        await using var second = Database.NewContext();
        var firstScope = await new EfUnitOfWork(first).BeginAsync(CancellationToken.None);

        var secondBegin = new EfUnitOfWork(second).BeginAsync(CancellationToken.None);
        await Task.Delay(200);
        secondBegin.IsCompleted.ShouldBeFalse();

        await firstScope.CommitAsync(CancellationToken.None);
        await using var secondScope = await secondBegin.WaitAsync(TimeSpan.FromSeconds(10));
        await secondScope.CommitAsync(CancellationToken.None);
        await firstScope.DisposeAsync();
    }

    [Fact]
    public async Task A_writer_waiting_for_its_turn_can_be_cancelled_and_leaves_the_turn_to_others()
    {
        await using var first = Database.NewContext();
        await using var second = Database.NewContext();
        await using var third = Database.NewContext();
        var firstScope = await new EfUnitOfWork(first).BeginAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Should.ThrowAsync<OperationCanceledException>(() => new EfUnitOfWork(second).BeginAsync(cancel.Token));

        await firstScope.DisposeAsync();
        await using var thirdScope = await new EfUnitOfWork(third).BeginAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        await thirdScope.CommitAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_embedded_store_runs_in_write_ahead_log_mode()
    {
        (await Database.ScalarAsync("PRAGMA journal_mode;"))!.ToString().ShouldBe("wal");
    }
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlUnitOfWorkTests(PostgreSqlStore store) : UnitOfWorkTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerUnitOfWorkTests(SqlServerStore store) : UnitOfWorkTests<SqlServerStore>(store);
