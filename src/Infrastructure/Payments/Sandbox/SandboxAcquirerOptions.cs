namespace Seo.Infrastructure.Payments.Sandbox;

/// <summary>How the payer approves a payment at the sandbox acquirer.</summary>
public enum SandboxApproval
{
    /// <summary>Every payment succeeds the moment it is opened (the embedded default; tests and the load driver use it).</summary>
    Automatic,

    /// <summary>The payer approves or declines on the acquirer's page; the outcome arrives as a signed callback.</summary>
    PaymentPage,
}

/// <summary><c>Seo:Payments:Sandbox</c>: the simulated acquirer used while no gateway is configured.</summary>
public sealed class SandboxAcquirerOptions
{
    public const string Section = "Seo:Payments:Sandbox";

    public SandboxApproval Approval { get; set; } = SandboxApproval.Automatic;
}
