using Microsoft.Extensions.Configuration;
using Seo.Infrastructure.Verification.Gateway;
using Seo.Infrastructure.Verification.Simulated;

namespace Seo.Infrastructure;

/// <summary>
/// What the configuration would run in place of a real system: the simulated registries with the
/// demo data set, sandbox mode, the sandbox acquirer. A production host refuses to start on
/// any of them unless <see cref="DemoSetting"/> says this deployment is a demonstration.
/// </summary>
public static class DemoStandIns
{
    /// <summary>True for a deployment that is a demonstration: it may run on the stand-ins.</summary>
    public const string DemoSetting = "Seo:Demo:Enabled";

    /// <summary>One line per stand-in the configuration selects, each naming the setting that replaces it.</summary>
    public static IReadOnlyList<string> Selected(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var standIns = new List<string>();
        var gateway = configuration.GetSection(RegistryGatewayOptions.Section).Get<RegistryGatewayOptions>() ?? new RegistryGatewayOptions();
        if (!gateway.IsConfigured)
        {
            standIns.Add($"the simulated registries with the demo data set (set {RegistryGatewayOptions.Section}:BaseUrl to check against the e-government gateway)");
        }

        if (configuration.GetSection(SandboxOptions.Section).GetValue(nameof(SandboxOptions.Enabled), defaultValue: false))
        {
            standIns.Add($"sandbox mode (set {SandboxOptions.Section}:Enabled=false)");
        }

        var payments = configuration.GetSection(Payments.Gateway.PaymentGatewayOptions.Section).Get<Payments.Gateway.PaymentGatewayOptions>() ?? new();
        if (!payments.IsConfigured)
        {
            standIns.Add($"the sandbox acquirer, which moves no money (set {Payments.Gateway.PaymentGatewayOptions.Section}:BaseUrl, MerchantId, ApiKey and CallbackSecret for the acquiring bank)");
        }
        return standIns;
    }

    /// <summary>Whether <see cref="DemoSetting"/> is true.</summary>
    public static bool IsDemo(IConfiguration configuration) =>
        (configuration ?? throw new ArgumentNullException(nameof(configuration))).GetValue(DemoSetting, defaultValue: false);
}
