using Microsoft.EntityFrameworkCore;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Capacity;

/// <summary>Many requests racing for one interval on the real file: none may oversell it.</summary>
public abstract class ConcurrentReservationTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    private const int Requests = 200;

    [Fact]
    public async Task R22_200_parallel_requests_for_an_interval_of_20_get_exactly_20_places()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        var interval = BookedInterval.Create(dostyk, TestData.BookedDate, new TimeOnly(10, 0)).Value;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var requests = Enumerable.Range(0, Requests).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            await using var db = Database.NewContext();
            var unitOfWork = new EfUnitOfWork(db);
            return await unitOfWork.RunAsync(
                async token =>
                {
                    await using var transaction = await unitOfWork.BeginAsync(token);
                    var result = await TestStore.Ledger(db).TryReserveAsync(dostyk, interval, priority: false, token);
                    if (result.IsSuccess)
                    {
                        await transaction.CommitAsync(token);
                    }
                    else
                    {
                        await transaction.RollbackAsync(token);
                    }

                    return result;
                },
                CancellationToken.None);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(requests);

        var taken = results.Where(r => r.IsSuccess).Select(r => r.Value).ToList();
        taken.Count.ShouldBe(20);
        results.Count(r => !r.IsSuccess && r.Error.Code == "slot-full").ShouldBe(Requests - 20);
        taken.Order().ShouldBe(Enumerable.Range(1, 20));

        await using var check = Database.NewContext();
        var slot = await check.CapacitySlots.AsNoTracking()
            .SingleAsync(s => s.Checkpoint == "DOSTYK" && s.Day == TestData.BookedDate.DayNumber && s.StartMinute == 600);
        slot.Booked.ShouldBe(20);
        (await check.CapacitySlots.CountAsync()).ShouldBe(24);
        (await check.CapacityDays.CountAsync()).ShouldBe(1);
        (await check.CapacityDays.SingleAsync()).LastSequenceNumber.ShouldBe(20);
    }

    /// <summary>
    /// Without a transaction or the in-process write queue every statement stands alone and
    /// concurrent reservations interleave freely: only a conditional update keeps the count
    /// exact. A read-then-write reservation would lose updates here.
    /// </summary>
    [Fact]
    public async Task R22_reservations_that_interleave_statement_by_statement_still_never_oversell()
    {
        var dostyk = await Database.CheckpointAsync("DOSTYK");
        var interval = BookedInterval.Create(dostyk, TestData.BookedDate, new TimeOnly(11, 0)).Value;
        await using (var opener = Database.NewContext())
        {
            (await TestStore.Ledger(opener).TryReserveAsync(dostyk, interval, priority: false, CancellationToken.None)).IsSuccess.ShouldBeTrue();
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Enumerable.Range(0, Requests).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            await using var db = Database.NewContext();
            return await TestStore.Ledger(db).TryReserveAsync(dostyk, interval, priority: false, CancellationToken.None);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(requests);

        results.Count(r => r.IsSuccess).ShouldBe(19);
        results.Where(r => r.IsSuccess).Select(r => r.Value).Order().ShouldBe(Enumerable.Range(2, 19));
        await using var check = Database.NewContext();
        (await check.CapacitySlots.AsNoTracking().SingleAsync(s => s.Day == TestData.BookedDate.DayNumber && s.StartMinute == 660)).Booked.ShouldBe(20);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteConcurrentReservationTests(SqliteStore store) : ConcurrentReservationTests<SqliteStore>(store);

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlConcurrentReservationTests(PostgreSqlStore store) : ConcurrentReservationTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerConcurrentReservationTests(SqlServerStore store) : ConcurrentReservationTests<SqlServerStore>(store);
