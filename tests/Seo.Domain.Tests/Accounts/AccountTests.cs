using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Identity;
using Seo.Domain.Payments;

namespace Seo.Domain.Tests;

public sealed class AccountTests
{
    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void R15_user_agreement_and_personal_data_consent_are_required(bool agreement, bool consent)
    {
        var error = Account.RegisterUser(
                AccountId.New(), TestData.Email(), "hash", TestData.ResidentIndividual, agreement, consent, "2026-01", TestData.Now)
            .ShouldFailWith("user-agreement-required");

        error.Rule.ShouldBe("R15");
    }

    [Fact]
    public void R15_registered_user_records_the_agreement_signed()
    {
        var account = TestData.UnprovenUser();

        account.Role.ShouldBe(Role.User);
        var agreement = account.Owner.ShouldNotBeNull().Agreement.ShouldNotBeNull();
        agreement.Version.ShouldBe("2026-01");
        agreement.SignedAt.ShouldBe(TestData.Now);
        account.DisplayName.ShouldBe("Ахметов Серик Болатович");
        var registered = account.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<AccountRegistered>();
        registered.AccountId.ShouldBe(account.Id);
        registered.Role.ShouldBe(Role.User);
    }

    [Fact]
    public void R16_resident_consents_through_the_state_personal_data_service()
    {
        TestData.User(TestData.ResidentIndividual).Owner!.Agreement!.ConsentChannel.ShouldBe(ConsentChannel.StatePersonalDataService);
    }

    [Fact]
    public void R16_non_resident_consents_through_the_user_agreement()
    {
        TestData.User(TestData.NonResidentCompany).Owner!.Agreement!.ConsentChannel.ShouldBe(ConsentChannel.UserAgreement);
    }

    [Fact]
    public void R27_account_with_debt_cannot_book()
    {
        var account = TestData.User();

        account.RecordDebt(Money.Kzt(5_000m), "unpaid reschedule fee", TestData.Now).ShouldSucceed();

        account.IsBlockedForDebt.ShouldBeTrue();
        account.MayBook().ShouldFailWith("account-blocked-for-debt").Rule.ShouldBe("R27");
        account.DomainEvents.OfType<AccountDebtRecorded>().ShouldHaveSingleItem().Debt.ShouldBe(Money.Kzt(5_000m));
    }

    [Fact]
    public void R27_debts_add_up()
    {
        var account = TestData.User();

        account.RecordDebt(Money.Kzt(5_000m), "a", TestData.Now).ShouldSucceed();
        account.RecordDebt(Money.Kzt(2_500m), "b", TestData.Now).ShouldSucceed();

        account.Debt.ShouldBe(Money.Kzt(7_500m));
    }

    [Fact]
    public void R27_partial_settlement_keeps_the_account_blocked()
    {
        var account = TestData.User();
        account.RecordDebt(Money.Kzt(5_000m), "unpaid fee", TestData.Now);

        account.SettleDebt(Money.Kzt(4_999.99m), TestData.Now).ShouldSucceed();

        account.Debt.ShouldBe(Money.Kzt(0.01m));
        account.MayBook().ShouldFailWith("account-blocked-for-debt");
    }

    [Fact]
    public void R27_after_settling_in_full_the_account_can_book()
    {
        var account = TestData.User();
        account.RecordDebt(Money.Kzt(5_000m), "unpaid fee", TestData.Now);
        account.SettleDebt(Money.Kzt(2_000m), TestData.Now);

        account.SettleDebt(Money.Kzt(3_000m), TestData.Now).ShouldSucceed();

        account.Debt.ShouldBe(Money.Zero);
        account.IsBlockedForDebt.ShouldBeFalse();
        account.MayBook().ShouldSucceed();
        account.DomainEvents.OfType<AccountDebtSettled>().Last().Debt.ShouldBe(Money.Zero);
    }

    [Fact]
    public void R27_booking_is_refused_while_the_debt_is_open_and_allowed_once_paid()
    {
        var account = TestData.User();
        account.RecordDebt(Money.Kzt(5_000m), "unpaid fee", TestData.Now);

        Booking.Issue(TestData.Request(owner: account), TestData.Now).ShouldFailWith("account-blocked-for-debt");

        account.SettleDebt(Money.Kzt(5_000m), TestData.Now);
        Booking.Issue(TestData.Request(owner: account), TestData.Now).ShouldSucceed();
    }

    [Fact]
    public void R27_overpayment_clears_the_debt_without_going_negative()
    {
        var account = TestData.User();
        account.RecordDebt(Money.Kzt(100m), "fee", TestData.Now);

        account.SettleDebt(Money.Kzt(150m), TestData.Now).ShouldSucceed();

        account.Debt.ShouldBe(Money.Zero);
    }

    [Fact]
    public void Debt_and_settlement_amounts_must_be_above_zero()
    {
        var account = TestData.User();

        account.RecordDebt(Money.Zero, "nothing", TestData.Now).ShouldFailWith("invalid-amount");
        account.SettleDebt(Money.Zero, TestData.Now).ShouldFailWith("invalid-amount");
        account.IsBlockedForDebt.ShouldBeFalse();
    }

    [Theory]
    [InlineData(Role.Officer)]
    [InlineData(Role.Registrar)]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Device)]
    public void Staff_accounts_never_book(Role role)
    {
        var staff = Account.CreateStaff(AccountId.New(), role, TestData.Email("officer@kgd.gov.kz"), "hash", "Officer", TestData.Now);

        staff.MayBook().ShouldFailWith("not-a-booking-account");
        Should.Throw<InvalidOperationException>(staff.AsBookingOwner);
    }

    [Fact]
    public void User_accounts_cannot_be_created_as_staff()
    {
        Should.Throw<ArgumentException>(() =>
            Account.CreateStaff(AccountId.New(), Role.User, TestData.Email(), "hash", "User", TestData.Now));
    }

    [Fact]
    public void R16_3_booking_owner_carries_the_owner_data()
    {
        var account = TestData.User();

        var owner = account.AsBookingOwner();

        owner.ShouldBe(new BookingOwner(account.Id, OwnerKind.Individual, Residency.Resident, "Ахметов Серик Болатович", TestData.ValidIin));
    }
}
