using Seo.Domain.Common;

namespace Seo.Domain.Payments;

/// <summary>An amount of money in tenge (R26: fees are paid in the national currency). Always decimal, never double.</summary>
public readonly record struct Money
{
    public const string Tenge = "KZT";

    private Money(decimal amount) => Amount = amount;

    public decimal Amount { get; }

    public static string Currency => Tenge;

    /// <summary>0.00 KZT: two decimals like every other amount, so the API never shows a bare 0.</summary>
    public static Money Zero => Kzt(0m);

    public static Money Kzt(decimal amount) =>
        amount < 0 ? throw new ArgumentOutOfRangeException(nameof(amount), "Money is never negative.") : new Money(decimal.Round(amount, 2) + 0.00m);

    public static Result<Money> Create(decimal amount, string? currency) =>
        !string.Equals(currency, Tenge, StringComparison.Ordinal)
            ? new DomainError("currency-not-accepted", "Fees are paid in tenge (KZT).", ErrorKind.Validation, "R26")
            : amount < 0
                ? DomainError.Validation("invalid-amount", "An amount is never negative.")
                : Kzt(amount);

    /// <summary>The amount in tiyn (1/100 of a tenge): how the ledger stores it, exact in every store.</summary>
    public long Tiyn => decimal.ToInt64(Amount * 100m);

    public static Money FromTiyn(long tiyn) => Kzt(tiyn / 100m);

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount);

    public Money Times(decimal factor) => Kzt(Amount * factor);

    /// <summary>Tenge with its two tiyn digits, invariant: "8650.00" — how an amount is written wherever it leaves Seo.</summary>
    public static string FormatAmount(decimal amount) => amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => $"{FormatAmount(Amount)} {Tenge}";
}
