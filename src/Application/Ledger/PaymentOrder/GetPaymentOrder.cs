using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Ledger.Common;
using Seo.Domain.Common;
using Seo.Domain.Ledger;

namespace Seo.Application.Ledger.PaymentOrder;

/// <summary>The payment order of a remittance batch, as the file given to the registrar's bank (format in docs/payments.md).</summary>
public sealed record GetPaymentOrder(string Number) : IQuery<Result<PaymentOrderDto>>;

/// <summary>Format <c>seo-payment-order/1</c>: one transfer from the registrar's account to the budget.</summary>
public sealed record PaymentOrderDto(
    string Format,
    string Number,
    DateOnly Date,
    PaymentOrderParty Payer,
    PaymentOrderBudget Beneficiary,
    string Amount,
    string Currency,
    string Purpose,
    int Entries,
    DateTimeOffset CoversUntil)
{
    public const string FormatName = "seo-payment-order/1";
}

public sealed record PaymentOrderParty(string Name, string? Bin, string? Account);

public sealed record PaymentOrderBudget(string Name, string? BudgetClassificationCode, string? PaymentPurposeCode);

public sealed class GetPaymentOrderHandler(IRepository<Remittance> remittances, RemittanceOptions options) : IQueryHandler<GetPaymentOrder, Result<PaymentOrderDto>>
{
    public static readonly DomainError NotFound = DomainError.NotFound("remittance-not-found", "No remittance batch has this number.");

    public async ValueTask<Result<PaymentOrderDto>> Handle(GetPaymentOrder query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var remittance = await remittances.FirstOrDefaultAsync(new RemittanceByNumberSpec(query.Number), cancellationToken);
        return remittance is null ? NotFound : For(remittance, options);
    }

    public static PaymentOrderDto For(Remittance remittance, RemittanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(remittance);
        ArgumentNullException.ThrowIfNull(options);
        var lastDay = KazakhstanTime.DayOf(remittance.CoversUntil).AddDays(-1);
        return new PaymentOrderDto(
            PaymentOrderDto.FormatName,
            remittance.Number,
            remittance.Day,
            new PaymentOrderParty(options.RegistrarName, options.RegistrarBin, options.RegistrarAccount),
            new PaymentOrderBudget("State budget of the Republic of Kazakhstan", options.BudgetClassificationCode, options.PaymentPurposeCode),
            Seo.Domain.Payments.Money.FormatAmount(remittance.Amount.Amount),
            Seo.Domain.Payments.Money.Tenge,
            $"Electronic queue fees received from {KazakhstanTime.DayOf(remittance.OldestEntryAt):yyyy-MM-dd} to {lastDay:yyyy-MM-dd} (Rules No. 707, p. 24)",
            remittance.EntryCount,
            remittance.CoversUntil);
    }
}
