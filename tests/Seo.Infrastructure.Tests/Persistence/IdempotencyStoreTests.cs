using Seo.Application.Common.Ports;
using Seo.Infrastructure.Persistence.Idempotency;
using Seo.Infrastructure.Tests.Stores;

namespace Seo.Infrastructure.Tests.Persistence;

public abstract class IdempotencyStoreTests<TStore>(TStore store) : StoreTest<TStore>(store)
    where TStore : TestStore
{
    private static IdempotentResponse Response(string scope = "account-1", string key = "key-1", int status = 201) =>
        new(scope, key, "hash-of-request", status, "application/json", "/api/v1/bookings/1", [1, 2, 3, 250], TestData.Now);

    [Fact]
    public async Task A_saved_answer_is_found_by_scope_and_key()
    {
        await using (var db = Database.NewContext())
        {
            await new EfIdempotencyStore(db).SaveAsync(Response(), CancellationToken.None);
        }

        await using var read = Database.NewContext();
        var store = new EfIdempotencyStore(read);
        var found = await store.FindAsync("account-1", "key-1", CancellationToken.None);

        found.ShouldNotBeNull();
        found.RequestHash.ShouldBe("hash-of-request");
        found.StatusCode.ShouldBe(201);
        found.ContentType.ShouldBe("application/json");
        found.Location.ShouldBe("/api/v1/bookings/1");
        found.Body.ShouldBe(new byte[] { 1, 2, 3, 250 });
        found.CreatedAt.ShouldBe(TestData.Now);
        (await store.FindAsync("account-2", "key-1", CancellationToken.None)).ShouldBeNull();
        (await store.FindAsync("account-1", "key-2", CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task The_same_key_in_the_same_scope_is_refused_the_second_time()
    {
        await using (var db = Database.NewContext())
        {
            await new EfIdempotencyStore(db).SaveAsync(Response(), CancellationToken.None);
        }

        await using var second = Database.NewContext();
        var conflict = await Should.ThrowAsync<PersistenceConflictException>(
            () => new EfIdempotencyStore(second).SaveAsync(Response(status: 409), CancellationToken.None));

        conflict.Error.Code.ShouldBe("idempotency-key-in-use");
        await using var read = Database.NewContext();
        (await new EfIdempotencyStore(read).FindAsync("account-1", "key-1", CancellationToken.None))!.StatusCode.ShouldBe(201);
    }

    [Fact]
    public async Task The_same_key_in_another_scope_is_another_record()
    {
        await using (var db = Database.NewContext())
        {
            await new EfIdempotencyStore(db).SaveAsync(Response("account-1"), CancellationToken.None);
        }

        await using var second = Database.NewContext();
        await new EfIdempotencyStore(second).SaveAsync(Response("account-2", status: 200), CancellationToken.None);

        await using var read = Database.NewContext();
        (await new EfIdempotencyStore(read).FindAsync("account-2", "key-1", CancellationToken.None))!.StatusCode.ShouldBe(200);
    }

    [Fact]
    public async Task Answers_older_than_the_retention_are_forgotten_and_newer_ones_kept()
    {
        await using (var db = Database.NewContext())
        {
            var store = new EfIdempotencyStore(db);
            await store.SaveAsync(Response(key: "old") with { CreatedAt = TestData.Now.AddHours(-25) }, CancellationToken.None);
            await store.SaveAsync(Response(key: "new") with { CreatedAt = TestData.Now.AddHours(-1) }, CancellationToken.None);
        }

        await using var purge = Database.NewContext();
        var purger = new EfIdempotencyStore(purge);
        (await purger.PurgeAsync(TestData.Now.AddHours(-24), CancellationToken.None)).ShouldBe(1);

        (await purger.FindAsync("account-1", "old", CancellationToken.None)).ShouldBeNull();
        (await purger.FindAsync("account-1", "new", CancellationToken.None)).ShouldNotBeNull();
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteIdempotencyStoreTests(SqliteStore store) : IdempotencyStoreTests<SqliteStore>(store);

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlIdempotencyStoreTests(PostgreSqlStore store) : IdempotencyStoreTests<PostgreSqlStore>(store);

[Trait("Store", "SqlServer")]
public sealed class SqlServerIdempotencyStoreTests(SqlServerStore store) : IdempotencyStoreTests<SqlServerStore>(store);
