using Seo.Application.Common.Ports;
using Seo.Projections.Live;
using Seo.Projections.Tests.Availability;

namespace Seo.Projections.Tests.Live;

/// <summary>The live conformance suite against a real Redis (<c>SEO_REDIS_CONNECTION</c>; fails, never skips, without it). Each test has its own key prefix and channel.</summary>
[Trait("ReadModel", "Redis")]
public sealed class RedisCheckpointLiveReadModelTests(RedisServerFixture redis) : CheckpointLiveReadModelConformance, IClassFixture<RedisServerFixture>
{
    private readonly string _keyPrefix = $"seo-test:{Guid.NewGuid():N}:live:";
    private RedisCheckpointLiveReadModel? _model;

    protected override ICheckpointLiveReadModel Model => _model ??= new RedisCheckpointLiveReadModel(redis.Connection, _keyPrefix, replayBuffer: Buffer);

    public override async Task DisposeAsync()
    {
        _model?.Dispose();
        await redis.DeleteKeysAsync(_keyPrefix);
    }

    [Fact]
    public async Task R4_a_checkpoint_s_state_lives_under_its_hash_tag()
    {
        await Model.ApplyAsync(LiveEntries.Checkpoint, LiveEntries.Vehicle(LiveEntries.Journey(1), "InWaitingZone", LiveEntries.Morning), null, CancellationToken.None);

        var database = redis.Connection.GetDatabase();
        (await database.HashLengthAsync($"{_keyPrefix}{{DOSTYK}}:entries")).ShouldBe(1);
        (await database.SortedSetLengthAsync($"{_keyPrefix}{{DOSTYK}}:stream")).ShouldBe(1);
    }
}
