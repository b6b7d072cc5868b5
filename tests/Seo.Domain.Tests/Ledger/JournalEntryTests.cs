using Seo.Domain.Accounts;
using Seo.Domain.Ledger;
using Seo.Domain.Payments;

namespace Seo.Domain.Tests;

public sealed class JournalEntryTests
{
    private static readonly DateTimeOffset Now = TestData.Now;
    private static readonly AccountId Carrier = AccountId.New();

    public static TheoryData<string> Kinds => [.. Enum.GetNames<JournalEntryKind>()];

    private static JournalEntry Entry(JournalEntryKind kind, Money amount) => kind switch
    {
        JournalEntryKind.Payment => JournalEntry.Payment(PaymentIntentId.New(), Carrier, amount, Now),
        JournalEntryKind.Refund => JournalEntry.Refund(PaymentIntentId.New(), Carrier, amount, Now),
        JournalEntryKind.Reversal => JournalEntry.Reversal(PaymentIntentId.New(), Carrier, amount, Now),
        JournalEntryKind.Debt => JournalEntry.Debt(Carrier, amount, "Chargeback", Now),
        JournalEntryKind.DebtSettlement => JournalEntry.DebtSettlement(PaymentIntentId.New(), Carrier, amount, "Debt paid", Now),
        _ => JournalEntry.Remittance(Guid.NewGuid(), amount, "RB-2026-11-25", Now),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void R24_every_entry_is_balanced_and_exact_to_the_tiyn(string kind)
    {
        var entry = Entry(Enum.Parse<JournalEntryKind>(kind), Money.Kzt(12_975.37m));

        entry.Lines.Sum(line => line.DebitTiyn).ShouldBe(1_297_537);
        entry.Lines.Sum(line => line.CreditTiyn).ShouldBe(1_297_537);
        entry.Amount.ShouldBe(Money.Kzt(12_975.37m));
    }

    [Theory]
    [InlineData(JournalEntryKind.Payment, LedgerAccount.Collection, LedgerAccount.BudgetPayable, 1)]
    [InlineData(JournalEntryKind.Refund, LedgerAccount.BudgetPayable, LedgerAccount.Collection, -1)]
    [InlineData(JournalEntryKind.Reversal, LedgerAccount.CarrierDebts, LedgerAccount.Collection, -1)]
    [InlineData(JournalEntryKind.Debt, LedgerAccount.CarrierDebts, LedgerAccount.BudgetPayable, 0)]
    [InlineData(JournalEntryKind.DebtSettlement, LedgerAccount.Collection, LedgerAccount.CarrierDebts, 1)]
    [InlineData(JournalEntryKind.Remittance, LedgerAccount.BudgetPayable, LedgerAccount.Collection, -1)]
    public void R24_each_kind_debits_and_credits_the_accounts_of_the_chart(JournalEntryKind kind, LedgerAccount debit, LedgerAccount credit, int collectionSign)
    {
        var entry = Entry(kind, Money.Kzt(100m));

        entry.Lines.Single(line => line.DebitTiyn > 0).Account.ShouldBe(debit);
        entry.Lines.Single(line => line.CreditTiyn > 0).Account.ShouldBe(credit);
        entry.CollectionTiyn.ShouldBe(collectionSign * 10_000);
    }

    [Fact]
    public void R24_an_entry_is_remitted_by_one_batch_only()
    {
        var entry = Entry(JournalEntryKind.Payment, Money.Kzt(100m));
        var batch = Guid.NewGuid();

        entry.MarkRemitted(batch, Now).ShouldSucceed();
        entry.MarkRemitted(Guid.NewGuid(), Now).ShouldFailWith("entry-already-remitted");

        entry.RemittanceId.ShouldBe(batch);
    }

    [Fact]
    public void An_entry_never_moves_zero_or_a_negative_amount() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Entry(JournalEntryKind.Payment, Money.FromTiyn(0)));

    [Fact]
    public void R24_a_remittance_batch_is_numbered_by_its_Kazakhstan_day_and_names_its_file()
    {
        var remittance = Remittance.Form(new DateOnly(2026, 11, 27), Now, Money.Kzt(25_950m), 2, Now.AddDays(-2), Now);

        remittance.Number.ShouldBe("RB-2026-11-27");
        remittance.FileName.ShouldBe("RB-2026-11-27.json");
        remittance.Amount.ShouldBe(Money.Kzt(25_950m));
    }
}
