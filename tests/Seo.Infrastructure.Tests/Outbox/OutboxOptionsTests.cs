using Microsoft.Extensions.Configuration;
using Seo.Infrastructure.Outbox;

namespace Seo.Infrastructure.Tests.Outbox;

/// <summary>Settings under which the outbox would stop without a word are refused at start.</summary>
public sealed class OutboxOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Should.NotThrow(() => new OutboxOptions().Validate());
    }

    public static TheoryData<string, Action<OutboxOptions>> Invalid => new()
    {
        { "batch of 0 claims nothing", o => o.BatchSize = 0 },
        { "batch beyond SQL Server's parameters", o => o.BatchSize = 2_001 },
        { "no lease", o => o.Lease = TimeSpan.Zero },
        { "no poll interval", o => o.PollInterval = TimeSpan.Zero },
        { "no first back-off", o => o.FirstBackoff = TimeSpan.Zero },
        { "cap below the first back-off", o => o.MaxBackoff = TimeSpan.FromMilliseconds(500) },
        { "never tried", o => o.MaxAttempts = 0 },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Settings_that_would_stop_the_outbox_are_refused(string why, Action<OutboxOptions> change)
    {
        var options = new OutboxOptions();
        change(options);

        Should.Throw<InvalidOperationException>(options.Validate, why).Message.ShouldStartWith("Seo:Outbox:");
    }

    [Fact]
    public void A_batch_size_key_left_empty_in_configuration_is_refused_rather_than_claiming_nothing()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{OutboxOptions.Section}:BatchSize"] = null })
            .Build();

        var options = configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();

        Should.Throw<InvalidOperationException>(options.Validate);
    }
}
