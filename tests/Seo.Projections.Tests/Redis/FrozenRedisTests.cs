using System.Diagnostics;
using System.Net;
using Seo.Application.Common.Ports;
using Seo.Projections.Availability;
using Seo.Projections.Redis;
using Seo.Projections.Tests.Availability;
using Seo.Tests.Shared;
using StackExchange.Redis;

namespace Seo.Projections.Tests.Redis;

/// <summary>
/// Against the real Redis, through a relay that hangs: connected, never answering. The client
/// library alone would wait its own timeout (set long here, 30 s) on every read; behind the
/// circuit a reader is told "unavailable" within the read deadline and, once the circuit is
/// open, without a network wait at all.
/// </summary>
[Trait("ReadModel", "Redis")]
public sealed class FrozenRedisTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private static readonly TimeSpan LibraryTimeout = TimeSpan.FromSeconds(30);
    private static readonly DateOnly Day = new(2026, 12, 1);

    [Fact]
    public async Task A_frozen_redis_costs_a_reader_the_read_deadline_then_nothing_and_reads_resume_when_it_thaws()
    {
        var (host, port) = Upstream();
        await using var relay = new TcpRelay(host, port);
        relay.Start();
        await using var connection = await ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions
        {
            EndPoints = { { IPAddress.Loopback, relay.Port } },
            AsyncTimeout = (int)LibraryTimeout.TotalMilliseconds,
            SyncTimeout = (int)LibraryTimeout.TotalMilliseconds,
        });
        var options = new RedisReadCircuitOptions { ReadTimeout = TimeSpan.FromMilliseconds(200), FailuresToOpen = 2, BreakDuration = TimeSpan.FromSeconds(60) };
        var model = new RedisOutageGuard(new RedisAvailabilityReadModel(connection, $"seo-test:{Guid.NewGuid():N}:availability:"), new RedisReadCircuit(options, TimeProvider.System));
        (await model.ReadAsync("KZ-NUR-01", Day, Day, CancellationToken.None)).ShouldBeEmpty();

        relay.Freeze();
        var waited = Stopwatch.StartNew();
        await Should.ThrowAsync<ReadModelUnavailableException>(() => model.ReadAsync("KZ-NUR-01", Day, Day, CancellationToken.None));
        await Should.ThrowAsync<ReadModelUnavailableException>(() => model.ReadAsync("KZ-NUR-01", Day, Day, CancellationToken.None));
        await Should.ThrowAsync<ReadModelUnavailableException>(() => model.ReadAsync("KZ-NUR-01", Day, Day, CancellationToken.None));
        waited.Stop();

        // Three refused reads, far inside one of the library's own timeouts: the deadline and the open circuit answered.
        waited.Elapsed.ShouldBeLessThan(LibraryTimeout / 3);
        relay.Thaw();
    }

    private (string Host, int Port) Upstream() => ConfigurationOptions.Parse(redis.Configuration).EndPoints.Single() switch
    {
        DnsEndPoint dns => (dns.Host, dns.Port),
        IPEndPoint ip => (ip.Address.ToString(), ip.Port),
        var other => throw new InvalidOperationException($"Unexpected Redis endpoint {other}."),
    };
}
