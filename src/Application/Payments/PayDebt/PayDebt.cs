using Mediator;
using Seo.Application.Payments.Common;
using Seo.Application.Payments.OpenPayment;
using Seo.Domain.Common;

namespace Seo.Application.Payments.PayDebt;

/// <summary>R27: the carrier pays its whole debt through the gateway; settled, it may book again.</summary>
public sealed record PayDebt : IRequest<Result<PaymentDto>>;

public sealed class PayDebtHandler(ISender sender, GatewayCalls gateway) : IRequestHandler<PayDebt, Result<PaymentDto>>
{
    public async ValueTask<Result<PaymentDto>> Handle(PayDebt request, CancellationToken cancellationToken)
    {
        var opened = await sender.Send(new OpenDebtPayment(), cancellationToken);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        return await gateway.StartOrReuseAsync(opened.Value, cancellationToken);
    }
}
