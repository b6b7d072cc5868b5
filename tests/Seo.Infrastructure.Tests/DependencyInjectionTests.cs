using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Seo.Application.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Capacity;
using Seo.Domain.Payments;
using Seo.Infrastructure.Identity;
using Seo.Infrastructure.Payments;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Persistence.Capacity;
using Seo.Infrastructure.Persistence.Idempotency;
using Seo.Infrastructure.Persistence.Providers;
using Seo.Infrastructure.Scheduling;
using Seo.Infrastructure.Tests.Persistence;
using Seo.Infrastructure.Verification.Simulated;
using Seo.Infrastructure.Verification.Simulated.Demo;
using Seo.Infrastructure.Verification.Gateway;

namespace Seo.Infrastructure.Tests;

public sealed class DependencyInjectionTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddInfrastructure(configuration).BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public void Every_port_resolves_to_the_embedded_default()
    {
        var file = Path.Combine(Path.GetTempPath(), "seo-tests", Guid.NewGuid().ToString("N"), "di.db");
        using var services = Build(new() { ["ConnectionStrings:Seo"] = $"Data Source={file}", ["Seo:Scheduling:Enabled"] = "false" });
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;

        provider.GetRequiredService<IRepository<Booking>>().ShouldBeOfType<EfRepository<Booking>>();
        provider.GetRequiredService<IUnitOfWork>().ShouldBeOfType<EfUnitOfWork>();
        provider.GetRequiredService<ICapacityLedger>().ShouldBeOfType<CapacityLedger>();
        provider.GetRequiredService<ISlotAvailabilityReader>().ShouldBeOfType<SqlSlotAvailabilityReader>();
        provider.GetRequiredService<IIdempotencyStore>().ShouldBeOfType<EfIdempotencyStore>();
        provider.GetRequiredService<IPasswordHasher>().ShouldBeOfType<Pbkdf2PasswordHasher>();
        provider.GetRequiredService<IPasswordWork>().ShouldBeOfType<GatedPasswordWork>();
        provider.GetRequiredService<ISignInThrottle>().ShouldBeOfType<EfSignInThrottle>();
        provider.GetRequiredService<IPaymentGateway>().ShouldBeOfType<Seo.Infrastructure.Payments.Sandbox.SandboxAcquirer>();
        provider.GetRequiredService<IVehicleVerification>().ShouldBeOfType<SimulatedRegistryVerification>();
        provider.GetRequiredService<ISandboxRegistries>().ShouldBeOfType<SandboxRegistryStore>();
        provider.GetRequiredService<SandboxOptions>().Enabled.ShouldBeFalse();
        provider.GetRequiredService<PriorityQuotaPolicy>().LimitFor(TestData.BookedDate, 480).ShouldBe(72);
        provider.GetRequiredService<BookingOptions>().PaymentHold.ShouldBe(TimeSpan.FromMinutes(15));
        // The configuration's tariff (here the built-in rows) is what a new store's history starts with.
        TariffRevision.ToTariff(provider.GetRequiredService<Seo.Infrastructure.Persistence.Seed.TariffSeed>().Revisions(TestData.Now))
            .FeeFor(FeeKind.Booking, TestData.BookedDate).ShouldBe(Money.Kzt(8_650m));
        // Scheduling is off here: only the health-check publisher runs in the background.
        provider.GetServices<IHostedService>().ShouldNotContain(service => service is QuartzHostedService);

        var connection = provider.GetRequiredService<SeoDbContext>().Database.GetConnectionString();
        connection.ShouldNotBeNull();
        connection.ShouldContain(file);
        connection.ShouldContain("Default Timeout=30");
    }

    [Fact]
    public void R6_the_priority_share_rows_of_configuration_are_the_policy()
    {
        using var services = Build(new()
        {
            ["Seo:PriorityQuota:0:Percent"] = "15", ["Seo:PriorityQuota:0:EffectiveFrom"] = "2023-07-01",
            ["Seo:PriorityQuota:1:Percent"] = "12.5", ["Seo:PriorityQuota:1:EffectiveFrom"] = "2027-01-01",
            ["Seo:Scheduling:Enabled"] = "false",
        });

        var policy = services.GetRequiredService<PriorityQuotaPolicy>();

        policy.LimitFor(new DateOnly(2026, 12, 31), 480).ShouldBe(72);
        policy.LimitFor(new DateOnly(2027, 1, 1), 480).ShouldBe(60);
    }

    [Theory]
    [InlineData("101", "2023-07-01", "0 to 100")]
    [InlineData("-5", "2023-07-01", "0 to 100")]
    [InlineData("10", "2023-07-01", "2023-07-01")] // a second row for the first row's day
    public void R6_a_priority_share_configuration_that_is_not_a_policy_stops_the_start(string percent, string effectiveFrom, string reason)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Seo:PriorityQuota:0:Percent"] = "15", ["Seo:PriorityQuota:0:EffectiveFrom"] = "2023-07-01",
            ["Seo:PriorityQuota:1:Percent"] = percent, ["Seo:PriorityQuota:1:EffectiveFrom"] = effectiveFrom,
        };

        var refused = Should.Throw<InvalidOperationException>(() => Build(settings).Dispose());

        refused.Message.ShouldContain("Seo:PriorityQuota");
        refused.Message.ShouldContain(reason);
    }

    [Fact]
    public async Task The_deadline_sweeps_are_scheduled_in_memory_unless_switched_off()
    {
        var file = Path.Combine(Path.GetTempPath(), "seo-tests", Guid.NewGuid().ToString("N"), "di.db");
        // A node that runs the scheduler delivers messages: no provider is configured, so it is told to only record them.
        using var services = Build(new() { ["ConnectionStrings:Seo"] = $"Data Source={file}", ["Seo:Messaging:RecordOnly"] = "true" });

        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        (await scheduler.GetMetadata()).JobStorePersistent.ShouldBeFalse();
        (await scheduler.GetJobDetail(SchedulingJobKeys.ExpireHolds)).ShouldNotBeNull();
        (await scheduler.GetJobDetail(SchedulingJobKeys.DeliverMessages)).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Sqlite", typeof(SqliteSeoDbContext), "Microsoft.EntityFrameworkCore.Sqlite", false)]
    [InlineData("SqlServer", typeof(SqlServerSeoDbContext), "Microsoft.EntityFrameworkCore.SqlServer", true)]
    [InlineData("postgresql", typeof(PostgreSqlSeoDbContext), "Npgsql.EntityFrameworkCore.PostgreSQL", true)]
    public void The_store_is_chosen_by_configuration_alone_pooled_and_retrying_on_servers(
        string configured, Type context, string providerName, bool retries)
    {
        var connection = configured == "Sqlite"
            ? $"Data Source={Path.Combine(Path.GetTempPath(), "seo-tests", Guid.NewGuid().ToString("N"), "di.db")}"
            : ModelSnapshotTests.Placeholder(Enum.Parse<StoreProvider>(configured, ignoreCase: true));
        using var services = Build(new()
        {
            ["Persistence:Provider"] = configured,
            ["ConnectionStrings:Seo"] = connection,
            ["Seo:Scheduling:Enabled"] = "false",
        });
        SeoDbContext first;
        using (var scope = services.CreateScope())
        {
            first = scope.ServiceProvider.GetRequiredService<SeoDbContext>();
            first.ShouldBeOfType(context);
            first.Database.ProviderName.ShouldBe(providerName);
            first.Database.CreateExecutionStrategy().RetriesOnFailure.ShouldBe(retries);
        }

        // Pooled: the next request gets the same context back, reset, instead of a new one.
        using var next = services.CreateScope();
        next.ServiceProvider.GetRequiredService<SeoDbContext>().ShouldBeSameAs(first);
    }

    [Fact]
    public void A_server_store_without_a_connection_string_is_refused_naming_the_setting()
    {
        var refused = Should.Throw<InvalidOperationException>(() => Build(new() { ["Persistence:Provider"] = "PostgreSql" }));

        refused.Message.ShouldContain("ConnectionStrings__Seo");
    }

    [Theory]
    [InlineData("Oracle")]
    [InlineData("1")]
    [InlineData("SqlServer, PostgreSql")]
    [InlineData("Sqlite,SqlServer")]
    [InlineData("")]
    public void An_unknown_store_is_refused_naming_the_choices(string configured)
    {
        var refused = Should.Throw<InvalidOperationException>(() => Build(new() { ["Persistence:Provider"] = configured }));

        refused.Message.ShouldContain("Sqlite, SqlServer, PostgreSql");
    }

    [Fact]
    public void Without_a_gateway_url_the_simulated_registries_answer_the_checks_and_the_demo_data_is_seeded()
    {
        using var services = Build(Embedded(new() { ["Seo:Registries:Gateway:ApiKey"] = "set-but-no-url" }));
        using var scope = services.CreateScope();

        scope.ServiceProvider.GetRequiredService<IVehicleVerification>().ShouldBeOfType<SimulatedRegistryVerification>();
        scope.ServiceProvider.GetService<DemoRegistrySeed>().ShouldNotBeNull();
    }

    [Fact]
    public void With_a_gateway_url_nothing_seeds_demo_registry_data()
    {
        using var services = Build(Embedded(new()
        {
            ["Seo:Registries:Gateway:BaseUrl"] = "https://gateway.example.kz/registries",
            ["Seo:Registries:Gateway:ApiKey"] = "from-the-environment",
        }));
        using var scope = services.CreateScope();

        scope.ServiceProvider.GetService<DemoRegistrySeed>().ShouldBeNull();
    }

    [Fact]
    public void Sandbox_mode_with_a_gateway_url_is_refused_naming_both_settings()
    {
        var refused = Should.Throw<InvalidOperationException>(() => Build(Embedded(new()
        {
            ["Seo:Sandbox:Enabled"] = "true",
            ["Seo:Registries:Gateway:BaseUrl"] = "https://gateway.example.kz/registries",
            ["Seo:Registries:Gateway:ApiKey"] = "from-the-environment",
        })));

        refused.Message.ShouldContain("Seo:Sandbox:Enabled");
        refused.Message.ShouldContain("Seo:Registries:Gateway:BaseUrl");
    }

    [Fact]
    public void With_a_gateway_url_the_gateway_adapter_answers_the_checks()
    {
        using var services = Build(Embedded(new()
        {
            ["Seo:Registries:Gateway:BaseUrl"] = "https://gateway.example.kz/registries",
            ["Seo:Registries:Gateway:ApiKey"] = "from-the-environment",
            ["Seo:Registries:Gateway:Retries"] = "1",
        }));

        services.GetRequiredService<IVehicleVerification>().ShouldBeOfType<RegistryGatewayVerification>();
        var options = services.GetRequiredService<RegistryGatewayOptions>();
        options.Retries.ShouldBe(1);
        options.Timeout.ShouldBe(TimeSpan.FromSeconds(3));
        options.Deadline.ShouldBe(TimeSpan.FromSeconds(8));
        services.GetRequiredService<IHttpClientFactory>().CreateClient(RegistryGatewayVerification.ClientName)
            .BaseAddress.ShouldBe(new Uri("https://gateway.example.kz/registries/"));
    }

    [Fact]
    public void A_gateway_url_without_an_api_key_is_refused_naming_the_setting()
    {
        var refused = Should.Throw<InvalidOperationException>(() => Build(Embedded(new() { ["Seo:Registries:Gateway:BaseUrl"] = "https://gateway.example.kz" })));

        refused.Message.ShouldContain("Seo__Registries__Gateway__ApiKey");
    }

    private static Dictionary<string, string?> Embedded(Dictionary<string, string?> settings)
    {
        settings["ConnectionStrings:Seo"] = $"Data Source={Path.Combine(Path.GetTempPath(), "seo-tests", Guid.NewGuid().ToString("N"), "di.db")}";
        settings["Seo:Scheduling:Enabled"] = "false";
        return settings;
    }
}
