using Microsoft.EntityFrameworkCore;
using Seo.Domain.Bookings;
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
