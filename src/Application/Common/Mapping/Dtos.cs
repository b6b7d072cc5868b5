namespace Seo.Application.Common.Mapping;

/// <summary>Money as the API shows it: <c>{ "amount": 12345.00, "currency": "KZT" }</c>.</summary>
public sealed record MoneyDto(decimal Amount, string Currency)
{
    public static MoneyDto From(Seo.Domain.Payments.Money money) => new(money.Amount, Seo.Domain.Payments.Money.Tenge);
}
