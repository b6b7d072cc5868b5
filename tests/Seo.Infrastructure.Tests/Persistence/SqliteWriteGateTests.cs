using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Persistence;

/// <summary>
/// The in-process queue for SQLite's one writer: one turn at a time, in arrival order, with the
/// outbox dispatcher's short writes served ahead of the queued commands.
/// </summary>
[Trait("Store", "Sqlite")]
public sealed class SqliteWriteGateTests(SqliteStore store) : StoreTest<SqliteStore>(store)
{
    [Fact]
    public async Task Writers_take_the_turn_one_at_a_time_in_arrival_order()
    {
        await using var db = Database.NewContext();
        var first = await SqliteWriteGate.EnterAsync(db, CancellationToken.None);
        var order = new List<string>();
        var second = Enter(db, "second", order);
        var third = Enter(db, "third", order);

        second.IsCompleted.ShouldBeFalse();
        first.Dispose();
        (await second).Dispose();
        (await third).Dispose();

        order.ShouldBe(["second", "third"]);
    }

    [Fact]
    public async Task A_writer_going_ahead_is_served_before_the_writers_queued_earlier()
    {
        await using var db = Database.NewContext();
        var first = await SqliteWriteGate.EnterAsync(db, CancellationToken.None);
        var order = new List<string>();
        var queued = Enter(db, "queued", order);
        var ahead = Enter(db, "ahead", order, ahead: true);

        first.Dispose();
        (await ahead).Dispose();
        (await queued).Dispose();

        order.ShouldBe(["ahead", "queued"]);
    }

    [Fact]
    public async Task A_writer_that_gave_up_waiting_is_passed_over_and_never_holds_the_turn()
    {
        await using var db = Database.NewContext();
        var first = await SqliteWriteGate.EnterAsync(db, CancellationToken.None);
        using var giveUp = new CancellationTokenSource();
        var abandoned = SqliteWriteGate.EnterAsync(db, giveUp.Token);
        var order = new List<string>();
        var next = Enter(db, "next", order);

        await giveUp.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => abandoned);
        first.Dispose();
        (await next).Dispose();

        order.ShouldBe(["next"]);
        // The turn is free again: a new writer gets it at once.
        var again = SqliteWriteGate.EnterAsync(db, CancellationToken.None);
        again.IsCompletedSuccessfully.ShouldBeTrue();
        (await again).Dispose();
    }

    private static async Task<IDisposable> Enter(SeoDbContext db, string name, List<string> order, bool ahead = false)
    {
        var lease = await SqliteWriteGate.EnterAsync(db, CancellationToken.None, ahead);
        lock (order)
        {
            order.Add(name);
        }

        return lease;
    }
}
