using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Seo.Application.Common.Ports;
using Seo.Infrastructure.Persistence.Idempotency;
using Seo.Infrastructure.Privacy;
using Seo.Infrastructure.Scheduling;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Scheduling;

public abstract class PurgeIdempotencyRecordsJobTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    private readonly FakeTimeProvider _clock = new(TestData.Now);
    private readonly RecordingLogger<PurgeIdempotencyRecordsJob> _logger = new();

    private static IdempotentResponse Answer(string key, DateTimeOffset createdAt) =>
        new("account-1", key, "hash", 201, "application/json", null, [1], createdAt);

    private Task RunAsync(IIdempotencyStore store) =>
        new PurgeIdempotencyRecordsJob(store, _clock, Options.Create(new RetentionOptions()), _logger)
            .Execute(Substitute.For<Quartz.IJobExecutionContext>())
            .AsTask();

    [Fact]
    public async Task Answers_older_than_the_retention_are_forgotten_by_the_application_clock()
    {
        foreach (var answer in new[] { Answer("stale", TestData.Now.AddHours(-25)), Answer("fresh", TestData.Now.AddHours(-23)) })
        {
            await using var db = Database.NewContext();
            await new EfIdempotencyStore(db).SaveAsync(answer, CancellationToken.None);
        }

        await using (var db = Database.NewContext())
        {
            await RunAsync(new EfIdempotencyStore(db));
        }

        await using var read = Database.NewContext();
        (await read.IdempotencyRecords.Select(r => r.Key).ToListAsync()).ShouldBe(["fresh"]);
        _logger.Entries.ShouldHaveSingleItem().ShouldBe((LogLevel.Information, "Forgot 1 expired Idempotency-Key answer(s)", null));
    }

    [Fact]
    public async Task A_failing_purge_is_logged_and_not_thrown_so_the_next_firing_retries()
    {
        var store = Substitute.For<IIdempotencyStore>();
        var failure = new InvalidOperationException("database unavailable");
        store.PurgeAsync(Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(Task.FromException<int>(failure));

        await RunAsync(store);

        await store.Received(1).PurgeAsync(TestData.Now - TimeSpan.FromHours(24), Arg.Any<CancellationToken>());
        var entry = _logger.Entries.ShouldHaveSingleItem();
        entry.Level.ShouldBe(LogLevel.Error);
        entry.Exception.ShouldBeSameAs(failure);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqlitePurgeIdempotencyRecordsJobTests(SqliteStore store) : PurgeIdempotencyRecordsJobTests<SqliteStore>(store);

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlPurgeIdempotencyRecordsJobTests(PostgreSqlStore store) : PurgeIdempotencyRecordsJobTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerPurgeIdempotencyRecordsJobTests(SqlServerStore store) : PurgeIdempotencyRecordsJobTests<SqlServerStore>(store);
