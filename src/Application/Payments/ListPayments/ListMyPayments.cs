using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Payments.Common;

namespace Seo.Application.Payments.ListPayments;

/// <summary>The caller's payments, newest first, optionally for one booking.</summary>
public sealed record ListMyPayments(Guid? BookingId) : IQuery<IReadOnlyList<PaymentDto>>;

public sealed class ListMyPaymentsHandler(Seo.Application.Common.Ports.IRepository<Seo.Domain.Payments.PaymentIntent> intents, ICurrentUser currentUser)
    : IQueryHandler<ListMyPayments, IReadOnlyList<PaymentDto>>
{
    public async ValueTask<IReadOnlyList<PaymentDto>> Handle(ListMyPayments query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var caller = currentUser.AccountId ?? throw new InvalidOperationException("Only a signed-in account lists its payments.");
        return await intents.ListAsync(new PaymentsOfPayerSpec(caller, query.BookingId), cancellationToken);
    }
}
