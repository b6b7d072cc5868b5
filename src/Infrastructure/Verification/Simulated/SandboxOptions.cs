namespace Seo.Infrastructure.Verification.Simulated;

/// <summary>
/// Sandbox mode (<c>Seo:Sandbox</c>): the registrar manages the simulated registries through
/// <c>/api/v1/sandbox/registries</c>, so integrators can reproduce every answer of the checks.
/// On in the embedded default's appsettings.json, off unless configured.
/// </summary>
public sealed class SandboxOptions
{
    public const string Section = "Seo:Sandbox";

    public bool Enabled { get; set; }
}
