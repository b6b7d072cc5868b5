using Seo.Domain.Common;

namespace Seo.Application.Payments.Common;

/// <summary>The refusals of the payment use cases (the intent's own are in <see cref="Seo.Domain.Payments.PaymentErrors"/>).</summary>
public static class PaymentRefusals
{
    public static readonly DomainError NotFound = DomainError.NotFound("payment-not-found", "No such payment.");

    public static readonly DomainError Declined = new(
        "payment-declined", "The payment gateway declined the payment; nothing was charged. The payment stays open for another try.", ErrorKind.Conflict, "R23");

    public static readonly DomainError GatewayUnavailable = new(
        "payment-gateway-unavailable",
        "The payment gateway did not answer. Nothing is charged twice: retry the same request later; a payment the gateway did take is found by the reconciliation.",
        ErrorKind.Unavailable, "R23");

    public static readonly DomainError NoDebt = new("no-debt", "The account owes nothing.", ErrorKind.Conflict, "R27");

    public static readonly DomainError IntentClosed = new("payment-closed", "This payment was closed; ask for the amount due again.", ErrorKind.Conflict, "R23");
}
