using Microsoft.Extensions.Configuration;

namespace Seo.Infrastructure.Tests;

public sealed class DemoStandInsTests
{
    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    [Fact]
    public void The_default_configuration_runs_on_the_simulated_registries_and_the_sandbox_acquirer_each_named_with_its_setting()
    {
        var standIns = DemoStandIns.Selected(Configuration([]));

        standIns.Count.ShouldBe(2);
        standIns[0].ShouldContain("Seo:Registries:Gateway:BaseUrl");
        standIns[1].ShouldContain("sandbox acquirer");
        standIns[1].ShouldContain("Seo:Payments:Gateway:BaseUrl");
    }

    [Fact]
    public void R23_a_configured_payment_gateway_is_no_stand_in()
    {
        var standIns = DemoStandIns.Selected(Configuration(new() { ["Seo:Payments:Gateway:BaseUrl"] = "https://acquirer.example.kz" }));

        standIns.ShouldNotContain(s => s.Contains("sandbox acquirer", StringComparison.Ordinal));
    }

    [Fact]
    public void Sandbox_mode_is_a_stand_in_and_the_registry_gateway_is_not()
    {
        var standIns = DemoStandIns.Selected(Configuration(new()
        {
            ["Seo:Registries:Gateway:BaseUrl"] = "https://gateway.example",
            ["Seo:Sandbox:Enabled"] = "true",
        }));

        standIns.ShouldNotContain(s => s.Contains("simulated registries", StringComparison.Ordinal));
        standIns.ShouldContain(s => s.Contains("Seo:Sandbox:Enabled=false", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public void Only_an_explicit_demo_flag_declares_a_demo(string? flag, bool demo) =>
        DemoStandIns.IsDemo(Configuration(new() { [DemoStandIns.DemoSetting] = flag })).ShouldBe(demo);
}
