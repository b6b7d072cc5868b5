using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Seo.Infrastructure.Outbox;
using Seo.Infrastructure.Persistence.Outbox;
using Seo.Infrastructure.Privacy;
using Seo.Infrastructure.Scheduling;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Scheduling;

public abstract class PurgeDeliveredOutboxJobTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    private readonly FakeTimeProvider _clock = new(TestData.Now);
    private readonly RecordingLogger<PurgeDeliveredOutboxJob> _logger = new();

    private static OutboxMessage Message(string name, DateTimeOffset? deliveredAt, DateTimeOffset? poisonedAt = null) => new()
    {
        EventId = Guid.NewGuid(),
        Type = "BookingRequested",
        AggregateType = "Booking",
        AggregateId = name,
        Payload = "{}",
        OccurredAt = TestData.Now.AddDays(-30),
        ProcessedAt = deliveredAt,
        PoisonedAt = poisonedAt,
    };

    private async Task RunAsync()
    {
        await using var db = Database.NewContext();
        // Batches of two, so that five old messages take three statements.
        var retention = Options.Create(new RetentionOptions { BatchSize = 2 });
        await new PurgeDeliveredOutboxJob(new OutboxStore(db, new OutboxOptions()), _clock, retention, _logger)
            .Execute(Substitute.For<Quartz.IJobExecutionContext>());
    }

    [Fact]
    public async Task Messages_delivered_longer_ago_than_the_retention_are_deleted_in_batches_and_nothing_else()
    {
        await using (var db = Database.NewContext())
        {
            db.OutboxMessages.AddRange(Enumerable.Range(1, 5).Select(i => Message($"old-{i}", TestData.Now.AddDays(-7).AddMinutes(-i))));
            db.OutboxMessages.AddRange(
                Message("recent", TestData.Now.AddDays(-7).AddMinutes(1)),
                Message("waiting", null),
                Message("poisoned", null, TestData.Now.AddDays(-20)));
            await db.SaveChangesAsync();
        }

        await RunAsync();

        await using var read = Database.NewContext();
        (await read.OutboxMessages.Select(m => m.AggregateId).OrderBy(id => id).ToListAsync()).ShouldBe(["poisoned", "recent", "waiting"]);
        _logger.Entries.ShouldHaveSingleItem().ShouldBe((LogLevel.Information, "Deleted 5 delivered outbox message(s) past their retention", null));
    }

    [Fact]
    public async Task The_retention_is_counted_on_the_application_clock()
    {
        await using (var db = Database.NewContext())
        {
            db.OutboxMessages.Add(Message("delivered", TestData.Now.AddDays(-1)));
            await db.SaveChangesAsync();
        }

        await RunAsync();
        _clock.Advance(TimeSpan.FromDays(6) + TimeSpan.FromSeconds(1));
        await RunAsync();

        await using var read = Database.NewContext();
        (await read.OutboxMessages.CountAsync()).ShouldBe(0);
        _logger.Entries.ShouldHaveSingleItem().Message.ShouldBe("Deleted 1 delivered outbox message(s) past their retention");
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqlitePurgeDeliveredOutboxJobTests(SqliteStore store) : PurgeDeliveredOutboxJobTests<SqliteStore>(store);

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlPurgeDeliveredOutboxJobTests(PostgreSqlStore store) : PurgeDeliveredOutboxJobTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerPurgeDeliveredOutboxJobTests(SqlServerStore store) : PurgeDeliveredOutboxJobTests<SqlServerStore>(store);
