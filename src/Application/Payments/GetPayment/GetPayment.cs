using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Application.Payments.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Payments.GetPayment;

/// <summary>One payment: the payer's own (and its dispatchers'), or any for the registrar.</summary>
public sealed record GetPayment(Guid IntentId) : IQuery<Result<PaymentDto>>;

public sealed class GetPaymentHandler(PaymentVisibility visibility) : IQueryHandler<GetPayment, Result<PaymentDto>>
{
    public async ValueTask<Result<PaymentDto>> Handle(GetPayment query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var intent = await visibility.VisibleAsync(query.IntentId, cancellationToken);
        return intent is null ? PaymentRefusals.NotFound : PaymentDto.From(intent);
    }
}

/// <summary>Who sees a payment: its payer, whoever acts for the payer, and the registrar.</summary>
public sealed class PaymentVisibility(IRepository<PaymentIntent> intents, BookingAccess access, ICurrentUser currentUser)
{
    public async Task<PaymentIntent?> VisibleAsync(Guid intentId, CancellationToken cancellationToken)
    {
        var intent = await intents.FirstOrDefaultAsync(new PaymentIntentByIdSpec(new PaymentIntentId(intentId), readOnly: true), cancellationToken);
        return intent is not null && (currentUser.Role == Role.Registrar || await access.ActsForAsync(intent.Payer, cancellationToken)) ? intent : null;
    }
}
