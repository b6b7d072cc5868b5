using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Seo.Application.Common.Ports;
using Seo.Projections.Availability;
using Seo.Projections.Crossings;
using Seo.Tests.Shared;
using StackExchange.Redis;

namespace Seo.Projections.Tests;

/// <summary>Configuration alone chooses the read models: in process by default, Redis when one is configured.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public void Without_Redis_the_availability_read_model_lives_in_process_once_per_application()
    {
        using var provider = Provider([]);

        var model = provider.GetRequiredService<IAvailabilityReadModel>();

        model.ShouldBeOfType<InProcessAvailabilityReadModel>();
        provider.GetRequiredService<IAvailabilityReadModel>().ShouldBeSameAs(model);
        provider.GetService<IConnectionMultiplexer>().ShouldBeNull();
    }

    [Theory]
    [InlineData("ConnectionStrings:Redis")]
    [InlineData(DependencyInjection.RedisSetting)]
    public async Task With_Redis_configured_but_down_the_Redis_model_still_resolves_and_reports_the_outage(string setting)
    {
        using var provider = Provider(new() { [setting] = $"127.0.0.1:{ClosedPort.Next()},connectTimeout=500" });

        var model = provider.GetRequiredService<IAvailabilityReadModel>();

        // The outage reaches the Application in its own words, so a query can fall back.
        model.ShouldBeOfType<RedisOutageGuard>();
        var unavailable = await Should.ThrowAsync<ReadModelUnavailableException>(() => model.ReadAsync("KZ-NUR-01", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1), CancellationToken.None));
        unavailable.InnerException.ShouldBeOfType<RedisConnectionException>();
    }

    [Fact]
    public void Each_projection_is_registered_once_as_an_outbox_handler()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddProjections(configuration).AddProjections(configuration);

        using var provider = services.BuildServiceProvider();

        var handlers = provider.GetServices<IOutboxHandler>().ToList();
        handlers.OfType<AvailabilityProjection>().ShouldHaveSingleItem();
        handlers.OfType<CrossingLogProjection>().ShouldHaveSingleItem();
        handlers.OfType<Seo.Projections.Live.CheckpointLiveProjection>().ShouldHaveSingleItem();
        handlers.Count.ShouldBe(3);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddProjections(configuration).BuildServiceProvider();
    }
}
