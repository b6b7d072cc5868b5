namespace Seo.Application.Payments.Common;

/// <summary>How long payments may stay open and how the reconciliation runs (<c>Seo:Payments</c>).</summary>
public sealed class PaymentOptions
{
    public const string Section = "Seo:Payments";

    /// <summary>How long a debt's payment stays open (a booking's lasts as long as its hold).</summary>
    public TimeSpan DebtPaymentWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>An intent pending this long is asked about at the gateway by the reconciliation.</summary>
    public TimeSpan ReconcileAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>An intent the gateway still has not settled this long after its pay-before is closed.</summary>
    public TimeSpan CloseUnpaidAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Intents looked at per reconciliation run.</summary>
    public int ReconcileBatchSize { get; set; } = 100;
}
