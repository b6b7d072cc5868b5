using Seo.Application.Ledger.PaymentOrder;

namespace Seo.Application.Ledger.Common;

/// <summary>Where payment order files go for the registrar's bank (a directory; an adapter per bank later).</summary>
public interface IPaymentOrderFiles
{
    /// <summary>Writes the order under the batch's file name; writing the same order again replaces it with the same content.</summary>
    Task WriteAsync(string fileName, PaymentOrderDto order, CancellationToken cancellationToken);
}
