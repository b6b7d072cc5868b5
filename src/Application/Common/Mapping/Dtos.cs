namespace Seo.Application.Common.Mapping;

/// <summary>Money as the API shows it: <c>{ "amount": 12345.00, "currency": "KZT" }</c>.</summary>
public sealed record MoneyDto(decimal Amount, string Currency);
