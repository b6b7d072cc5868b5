using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Behaviours;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Persistence;

/// <summary>
/// What the execution strategy is for: a server connection lost in the middle of a command. The
/// command runs again as a whole when nothing committed, and not again when only the commit's
/// acknowledgement was lost; either way exactly one booking and one event are stored.
/// </summary>
public abstract class ConnectionLossTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    private static async Task<(Result Result, int Handled)> AddBookingAsync(SeoDbContext db)
    {
        var handled = 0;
        var behavior = new UnitOfWorkBehavior<AddBookings, Result>(new EfUnitOfWork(db));
        var result = await behavior.Handle(
            new AddBookings([]),
            async (_, ct) =>
            {
                // As a real handler does, each attempt builds its aggregate afresh from the command.
                handled++;
                await new EfRepository<Booking>(db).AddAsync(TestData.Booking(), ct);
                return Result.Success();
            },
            CancellationToken.None);
        return (result, handled);
    }

    private async Task ExactlyOneBookingAndEventAsync()
    {
        await using var read = Database.NewContext();
        var stored = await read.Bookings.Select(b => b.Id.ToString()).ToListAsync();
        stored.Count.ShouldBe(1);
        (await read.OutboxMessages.Select(m => m.AggregateId).ToListAsync()).ShouldBe(stored);
    }

    [Fact]
    public async Task A_connection_lost_before_the_commit_runs_the_command_again_and_writes_it_once()
    {
        var kill = new KillBeforeCommit(Database);
        await using var db = Database.NewContext(kill);

        var (result, handled) = await AddBookingAsync(db);

        result.IsSuccess.ShouldBeTrue();
        handled.ShouldBe(2);
        kill.Commits.ShouldBe(2);
        await ExactlyOneBookingAndEventAsync();
    }

    [Fact]
    public async Task A_commit_whose_acknowledgement_was_lost_is_recognised_and_not_run_again()
    {
        var lost = new LoseCommitAcknowledgement(Database.TransientFailure);
        await using var db = Database.NewContext(lost);

        var (result, handled) = await AddBookingAsync(db);

        result.IsSuccess.ShouldBeTrue();
        handled.ShouldBe(1);
        lost.Commits.ShouldBe(1);
        await ExactlyOneBookingAndEventAsync();
    }

    [Fact]
    public async Task A_connection_lost_inside_an_idempotent_request_s_savepoint_runs_the_whole_request_again()
    {
        // The shape of an idempotent HTTP request: an outer transaction holds the stored answer,
        // the command runs in a savepoint inside it.
        var kill = new KillBeforeCommit(Database);
        await using var db = Database.NewContext(kill);
        var unitOfWork = new EfUnitOfWork(db);
        var requests = 0;

        await unitOfWork.RunAsync(
            async token =>
            {
                requests++;
                await using var request = await unitOfWork.BeginAsync(token);
                (await AddBookingAsync(db)).Result.IsSuccess.ShouldBeTrue();
                await request.CommitAsync(token);
                return true;
            },
            CancellationToken.None);

        requests.ShouldBe(2);
        await ExactlyOneBookingAndEventAsync();
    }
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlConnectionLossTests(PostgreSqlStore store) : ConnectionLossTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerConnectionLossTests(SqlServerStore store) : ConnectionLossTests<SqlServerStore>(store);
