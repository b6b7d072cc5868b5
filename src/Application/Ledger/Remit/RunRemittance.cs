using Mediator;
using Seo.Application.Ledger.Common;
using Seo.Application.Ledger.PaymentOrder;
using Seo.Domain.Common;

namespace Seo.Application.Ledger.Remit;

/// <summary>
/// R24, the daily run: forms the day's remittance batch (its own transaction), then writes its
/// payment order file for the bank. Writing is idempotent, so a run that stopped between the two
/// writes the same file when it runs again.
/// </summary>
public sealed record RunRemittance : IRequest<Result<RemittanceDto?>>;

public sealed class RunRemittanceHandler(ISender sender, IPaymentOrderFiles files) : IRequestHandler<RunRemittance, Result<RemittanceDto?>>
{
    public async ValueTask<Result<RemittanceDto?>> Handle(RunRemittance request, CancellationToken cancellationToken)
    {
        var formed = await sender.Send(new RemitReceivedMoney(), cancellationToken);
        if (!formed.IsSuccess || formed.Value is not { } remittance)
        {
            return formed;
        }

        var order = await sender.Send(new GetPaymentOrder(remittance.Number), cancellationToken);
        if (!order.IsSuccess)
        {
            return order.Error;
        }

        await files.WriteAsync(remittance.FileName, order.Value, cancellationToken);
        return remittance;
    }
}
