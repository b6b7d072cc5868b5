using Seo.Application.Common.Mapping;
using Seo.Domain.Ledger;
using Seo.Domain.Payments;

namespace Seo.Application.Ledger.Common;

/// <summary>A remittance batch and its payment order (R24).</summary>
public sealed record RemittanceDto(Guid Id, string Number, DateOnly Day, DateTimeOffset CoversUntil, MoneyDto Amount, int Entries, DateTimeOffset OldestEntryAt, DateTimeOffset CreatedAt, string FileName)
{
    /// <summary>The one mapping, as an expression the report's query selects (materialising no batch) and <see cref="From"/> runs.</summary>
    public static Projection<Remittance, RemittanceDto> Projection { get; } = new(remittance => new RemittanceDto(
        remittance.Id, remittance.Number, remittance.Day, remittance.CoversUntil, MoneyDto.From(remittance.Amount), remittance.EntryCount, remittance.OldestEntryAt,
        remittance.CreatedAt, remittance.FileName));

    public static RemittanceDto From(Remittance remittance) => Projection.Of(remittance);
}

/// <summary>One ledger account's debits, credits and balance (debits minus credits).</summary>
public sealed record LedgerAccountBalanceDto(LedgerAccount Account, MoneyDto Debits, MoneyDto Credits, string Balance);

/// <summary>The trial balance: every account's totals, and whether the books balance (debits equal credits).</summary>
public sealed record TrialBalanceDto(Guid? Carrier, IReadOnlyList<LedgerAccountBalanceDto> Accounts, MoneyDto TotalDebits, MoneyDto TotalCredits, bool Balanced, MoneyDto Unremitted);

internal static class TiynText
{
    /// <summary>A signed amount in tenge with two decimals, e.g. <c>-8650.00</c> (a balance may be negative; money never is).</summary>
    public static string Signed(long tiyn) => Seo.Domain.Payments.Money.FormatAmount(tiyn / 100m);

    public static MoneyDto Money(long tiyn) => MoneyDto.From(Seo.Domain.Payments.Money.FromTiyn(Math.Abs(tiyn)));
}
