using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Seo.Application.Common.Ports;
using Seo.Projections.Availability;
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

        model.ShouldBeOfType<RedisAvailabilityReadModel>();
        await Should.ThrowAsync<RedisConnectionException>(() => model.ReadAsync("KZ-NUR-01", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1), CancellationToken.None));
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddProjections(configuration).BuildServiceProvider();
    }
}
