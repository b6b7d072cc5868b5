using Seo.Tests.Shared;
using System.Diagnostics;
using System.Net;
using Seo.Application.Common.Ports;
using Seo.Projections.Availability;
using StackExchange.Redis;

namespace Seo.Projections.Tests.Availability;

/// <summary>
/// When Redis is unreachable the model says so with an exception the caller can recognise
/// (it never pretends a write landed or a day is empty), and it works again once Redis is back.
/// </summary>
[Trait("ReadModel", "Redis")]
public sealed class RedisAvailabilityFaultTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly DateOnly Day = new(2026, 12, 1);
    private readonly string _keyPrefix = $"seo-test:{Guid.NewGuid():N}:availability:";

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => redis.DeleteKeysAsync(_keyPrefix);

    [Fact]
    public async Task A_server_that_never_answered_is_reported_as_a_connection_failure()
    {
        await using var connection = await ConnectAsync(ClosedPort.Next());
        var model = new RedisAvailabilityReadModel(connection, _keyPrefix);

        await Should.ThrowAsync<RedisConnectionException>(() => model.ApplyAsync([Count(1)], CancellationToken.None));
        await Should.ThrowAsync<RedisConnectionException>(() => model.ReadAsync("KZ-NUR-01", Day, Day, CancellationToken.None));
        await Should.ThrowAsync<RedisConnectionException>(() => model.ReplaceDayAsync("KZ-NUR-01", Day, [Count(1)], CancellationToken.None));
    }

    [Fact]
    public async Task A_lost_server_is_reported_and_a_fresh_apply_lands_once_it_is_back()
    {
        var upstream = ConfigurationOptions.Parse(redis.Configuration).EndPoints.Single();
        var (host, port) = upstream switch
        {
            DnsEndPoint dns => (dns.Host, dns.Port),
            IPEndPoint ip => (ip.Address.ToString(), ip.Port),
            _ => throw new InvalidOperationException($"Unexpected Redis endpoint {upstream}."),
        };
        await using var relay = new TcpRelay(host, port);
        relay.Start();
        await using var connection = await ConnectAsync(relay.Port);
        var model = new RedisAvailabilityReadModel(connection, _keyPrefix);
        (await model.ApplyAsync([Count(1)], CancellationToken.None)).ShouldBe(1);

        await relay.StopAsync();
        await WaitUntilAsync(() => !connection.IsConnected, "the client never noticed the outage");
        await Should.ThrowAsync<RedisConnectionException>(() => model.ApplyAsync([Count(2)], CancellationToken.None));

        relay.Start();
        await WaitUntilAsync(() => connection.IsConnected, "the client never reconnected");
        (await model.ApplyAsync([Count(3)], CancellationToken.None)).ShouldBe(1);

        var seenByOthers = new RedisAvailabilityReadModel(redis.Connection, _keyPrefix);
        (await seenByOthers.ReadAsync("KZ-NUR-01", Day, Day, CancellationToken.None)).ShouldBe([Count(3)]);
    }

    private static SlotCount Count(long version) => new("KZ-NUR-01", Day, 600, 20, (int)version, 0, version);

    private static async Task<ConnectionMultiplexer> ConnectAsync(int port)
    {
        var options = new ConfigurationOptions
        {
            EndPoints = { { IPAddress.Loopback, port } },
            AbortOnConnectFail = false,
            ConnectTimeout = 1_000,
            AsyncTimeout = 2_000,
            SyncTimeout = 2_000,
            // Fail at once while disconnected instead of queueing until a timeout: the caller learns now.
            BacklogPolicy = BacklogPolicy.FailFast,
            ReconnectRetryPolicy = new LinearRetry(250),
        };
        return await ConnectionMultiplexer.ConnectAsync(options);
    }


    private static async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            waited.Elapsed.ShouldBeLessThan(Patience, failure);
            await Task.Delay(50);
        }
    }
}
