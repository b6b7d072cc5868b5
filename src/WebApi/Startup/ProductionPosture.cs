using Seo.Infrastructure;

namespace Seo.WebApi.Startup;

/// <summary>
/// A production host never books against stand-ins by accident: outside Development and Testing it
/// refuses to start on the simulated registries, sandbox mode or the sandbox payment gateway
/// unless <c>Seo:Demo:Enabled=true</c> declares the deployment a demonstration.
/// </summary>
internal static class ProductionPosture
{
    public static void EnsureNoStandIns(IHostEnvironment environment, IConfiguration configuration)
    {
        if (!HostingOptions.IsProduction(environment) || DemoStandIns.IsDemo(configuration))
        {
            return;
        }

        var standIns = DemoStandIns.Selected(configuration);
        if (standIns.Count > 0)
        {
            throw new InvalidOperationException(
                $"The {environment.EnvironmentName} environment would run on stand-ins for real systems: {string.Join("; ", standIns)}. " +
                $"Replace them, or set {DemoStandIns.DemoSetting}=true (Seo__Demo__Enabled=true) if this deployment is a demonstration.");
        }
    }
}
