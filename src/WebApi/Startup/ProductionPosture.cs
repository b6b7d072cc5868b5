using Seo.Application.Ledger.Common;
using Seo.Infrastructure;

namespace Seo.WebApi.Startup;

/// <summary>
/// A production host never books against stand-ins by accident: outside Development and Testing it
/// refuses to start on the simulated registries, sandbox mode or the sandbox acquirer
/// unless <c>Seo:Demo:Enabled=true</c> declares the deployment a demonstration; and a real one refuses
/// to start without the bank details its remittances need (R24).
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

        // R24: the payment order names the registrar's account and the budget's codes; without them no remittance can reach the bank.
        var remittance = configuration.GetSection(RemittanceOptions.Section).Get<RemittanceOptions>() ?? new RemittanceOptions();
        string[] missing = [
            .. new (string Name, string? Value)[]
            {
                (nameof(RemittanceOptions.RegistrarBin), remittance.RegistrarBin),
                (nameof(RemittanceOptions.RegistrarAccount), remittance.RegistrarAccount),
                (nameof(RemittanceOptions.BudgetClassificationCode), remittance.BudgetClassificationCode),
                (nameof(RemittanceOptions.PaymentPurposeCode), remittance.PaymentPurposeCode),
            }.Where(setting => string.IsNullOrWhiteSpace(setting.Value)).Select(setting => $"{RemittanceOptions.Section}:{setting.Name}"),
        ];
        if (missing.Length > 0)
        {
            throw new InvalidOperationException(
                $"The {environment.EnvironmentName} environment cannot remit received money to the budget (R24) without the bank details: set {string.Join(", ", missing)}.");
        }
    }
}
