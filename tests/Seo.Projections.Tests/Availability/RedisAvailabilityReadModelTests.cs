using Seo.Application.Common.Ports;
using Seo.Projections.Availability;

namespace Seo.Projections.Tests.Availability;

/// <summary>
/// The conformance suite against a real Redis. Every test has its own key prefix, so tests (and
/// parallel runs on one server) never see each other's keys, and each deletes only its own.
/// </summary>
[Trait("ReadModel", "Redis")]
public sealed class RedisAvailabilityReadModelTests(RedisServerFixture redis) : AvailabilityReadModelConformance, IClassFixture<RedisServerFixture>
{
    private readonly string _keyPrefix = $"seo-test:{Guid.NewGuid():N}:availability:";

    protected override IAvailabilityReadModel Model => new RedisAvailabilityReadModel(redis.Connection, _keyPrefix);

    public override Task DisposeAsync() => redis.DeleteKeysAsync(_keyPrefix);

    [Fact]
    public async Task A_day_is_one_hash_under_the_prefix_with_the_checkpoint_as_hash_tag()
    {
        await Model.ApplyAsync([Count(12, startMinute: 540, booked: 3, priorityBooked: 1)], CancellationToken.None);

        var stored = await redis.Connection.GetDatabase().HashGetAllAsync($"{_keyPrefix}{{{Checkpoint}}}:2026-12-01");

        stored.ShouldHaveSingleItem().ShouldBe(new StackExchange.Redis.HashEntry("540", "12:20:3:1"));
    }

    [Fact]
    public async Task Day_keys_expire_the_retention_after_their_day_ends_whether_applied_or_replaced()
    {
        // 29 Nov 2026 12:00 UTC: 2026-12-01 ends by 2 Dec 00:00 UTC (2.5 days away), kept 3 days more: 5 days 12 hours from now.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var model = new RedisAvailabilityReadModel(redis.Connection, _keyPrefix, clock: clock, keyRetention: TimeSpan.FromDays(3));
        var key = $"{_keyPrefix}{{{Checkpoint}}}:2026-12-01";

        await model.ApplyAsync([Count(1)], CancellationToken.None);
        var applied = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(key);
        await redis.Connection.GetDatabase().KeyPersistAsync(key);
        await model.ReplaceDayAsync(Checkpoint, new DateOnly(2026, 12, 1), [Count(2)], CancellationToken.None);
        var replaced = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(key);

        applied.ShouldNotBeNull().ShouldBe(TimeSpan.FromHours((5 * 24) + 12), TimeSpan.FromSeconds(5));
        replaced.ShouldNotBeNull().ShouldBe(TimeSpan.FromHours((5 * 24) + 12), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_day_past_its_retention_still_lives_an_hour_so_a_late_write_is_not_lost_at_once()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var model = new RedisAvailabilityReadModel(redis.Connection, _keyPrefix, clock: clock);

        await model.ApplyAsync([Count(1)], CancellationToken.None);

        (await redis.Connection.GetDatabase().KeyTimeToLiveAsync($"{_keyPrefix}{{{Checkpoint}}}:2026-12-01")).ShouldNotBeNull().ShouldBe(TimeSpan.FromHours(1), TimeSpan.FromSeconds(5));
    }
}
