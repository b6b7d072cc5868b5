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
}
