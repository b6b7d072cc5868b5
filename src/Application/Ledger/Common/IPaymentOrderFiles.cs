using Seo.Application.Ledger.PaymentOrder;

namespace Seo.Application.Ledger.Common;

/// <summary>Where payment order files go for the registrar's bank (a directory; an adapter per bank later).</summary>
public interface IPaymentOrderFiles
{
    /// <summary>Writes the order under its number; writing the same order again replaces it with the same content.</summary>
    Task<string> WriteAsync(PaymentOrderDto order, CancellationToken cancellationToken);
}
