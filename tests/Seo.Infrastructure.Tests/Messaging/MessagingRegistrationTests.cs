using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Seo.Application.Messaging.Common;
using Seo.Infrastructure.Messaging;
using Seo.Infrastructure.Messaging.Http;
using Seo.Infrastructure.Messaging.Sandbox;

namespace Seo.Infrastructure.Tests.Messaging;

/// <summary>Which adapters carry the messages, and that production never falls back to the sandbox's silently.</summary>
public sealed class MessagingRegistrationTests
{
    private static readonly Dictionary<string, string?> Providers = new()
    {
        ["Seo:Messaging:Sms:BaseUrl"] = "https://sms.example.kz/api",
        ["Seo:Messaging:Sms:ApiKey"] = "sms-key",
        ["Seo:Messaging:Officers:Main:BaseUrl"] = "https://console.example.kz",
        ["Seo:Messaging:Officers:Main:ApiKey"] = "console-key",
        ["Seo:Messaging:Officers:Backup:DefaultDutyPhones:0"] = "+77010000001",
    };

    private static ServiceProvider Build(Dictionary<string, string?> settings, bool sandbox = false, bool deliversHere = true)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System)
            .AddMessaging(configuration, sandbox, deliversHere).BuildServiceProvider();
    }

    [Fact]
    public void Production_refuses_to_start_without_a_messaging_provider_naming_what_to_set()
    {
        var refused = Should.Throw<InvalidOperationException>(() => Build([]));

        refused.Message.ShouldContain("Seo:Messaging:Sms:BaseUrl");
        refused.Message.ShouldContain("Seo:Messaging:Officers:Main:BaseUrl");
        refused.Message.ShouldContain("Seo:Messaging:RecordOnly");
    }

    [Fact]
    public void The_full_infrastructure_refuses_too_when_its_scheduler_would_deliver()
    {
        var file = Path.Combine(Path.GetTempPath(), "seo-tests", Guid.NewGuid().ToString("N"), "di.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Seo"] = $"Data Source={file}" }).Build();

        Should.Throw<InvalidOperationException>(() => new ServiceCollection().AddLogging().AddInfrastructure(configuration))
            .Message.ShouldContain("sandbox mode is off");
    }

    [Fact]
    public void R33_production_refuses_providers_without_a_duty_phone_for_the_backup_channel()
    {
        var settings = new Dictionary<string, string?>(Providers) { ["Seo:Messaging:Officers:Backup:DefaultDutyPhones:0"] = "" };

        Should.Throw<InvalidOperationException>(() => Build(settings)).Message.ShouldContain("DefaultDutyPhones");
    }

    [Fact]
    public void A_half_configured_provider_is_refused()
    {
        var settings = new Dictionary<string, string?>(Providers) { ["Seo:Messaging:Sms:ApiKey"] = null };

        Should.Throw<InvalidOperationException>(() => Build(settings)).Message.ShouldContain("Seo__Messaging__Sms__ApiKey");
    }

    [Fact]
    public void With_providers_the_http_adapters_send_and_push_is_off_until_its_provider_is_set()
    {
        using var services = Build(Providers);

        services.GetRequiredService<ISmsSender>().ShouldBeOfType<SmsHttpSender>();
        services.GetRequiredService<IOfficersConsoleSender>().ShouldBeOfType<OfficersConsoleHttpSender>();
        services.GetRequiredService<MessagingChannels>().Push.ShouldBeFalse();
        services.GetRequiredService<IPushSender>().ShouldNotBeOfType<SandboxMessageSender>();

        var withPush = new Dictionary<string, string?>(Providers) { ["Seo:Messaging:Push:BaseUrl"] = "https://push.example.kz", ["Seo:Messaging:Push:ApiKey"] = "push-key" };
        using var pushed = Build(withPush);
        pushed.GetRequiredService<IPushSender>().ShouldBeOfType<PushHttpSender>();
        pushed.GetRequiredService<MessagingChannels>().Push.ShouldBeTrue();
    }

    [Fact]
    public void Sandbox_mode_records_every_channel_and_refuses_a_provider_beside_it()
    {
        using var services = Build([], sandbox: true);

        services.GetRequiredService<ISmsSender>().ShouldBeOfType<SandboxMessageSender>();
        services.GetRequiredService<IPushSender>().ShouldBeOfType<SandboxMessageSender>();
        services.GetRequiredService<IOfficersConsoleSender>().ShouldBeOfType<SandboxMessageSender>();
        services.GetRequiredService<MessagingChannels>().Push.ShouldBeTrue();

        Should.Throw<InvalidOperationException>(() => Build(Providers, sandbox: true)).Message.ShouldContain("Seo:Sandbox:Enabled");
    }

    [Fact]
    public void Record_only_is_the_explicit_way_to_run_without_providers_outside_the_sandbox()
    {
        using var services = Build(new() { ["Seo:Messaging:RecordOnly"] = "true" });

        services.GetRequiredService<ISmsSender>().ShouldBeOfType<SandboxMessageSender>();
    }

    [Fact]
    public void A_process_that_does_not_deliver_needs_no_provider_and_gets_no_sender()
    {
        using var services = Build([], deliversHere: false);

        services.GetService<ISmsSender>().ShouldBeNull();
        services.GetRequiredService<MessagingOptions>().MaxAttempts.ShouldBe(5);
    }
}
