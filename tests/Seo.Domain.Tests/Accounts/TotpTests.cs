using System.Text;
using Seo.Domain.Accounts;

namespace Seo.Domain.Tests;

public sealed class TotpTests
{
    /// <summary>The SHA-1 seed of RFC 6238, Appendix B.</summary>
    private static readonly byte[] RfcSecret = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Codes_match_the_RFC_6238_test_vectors_in_six_digits(long unixSeconds, string expected) =>
        Totp.Code(RfcSecret, Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))).ShouldBe(expected);

    [Fact]
    public void Base32_round_trips_and_reads_the_RFC_4648_vector()
    {
        Totp.ToBase32(Encoding.ASCII.GetBytes("foobar")).ShouldBe("MZXW6YTBOI");
        Totp.FromBase32("mzxw 6ytb oi======").ShouldBe(Encoding.ASCII.GetBytes("foobar"));
        Totp.FromBase32("not base32!").ShouldBeNull();
    }

    private static Account Officer() =>
        Account.CreateStaff(AccountId.New(), Role.Officer, TestData.Email("officer@kgd.gov.kz"), "hash", "Officer", TestData.Now);

    [Fact]
    public void A_code_of_the_step_before_or_after_is_accepted_and_two_steps_off_is_not()
    {
        var now = TestData.Now;
        var step = Totp.StepAt(now);
        foreach (var offset in new[] { -1, 0, 1 })
        {
            Officer().AcceptTotp(RfcSecret, Totp.Code(RfcSecret, step + offset), now).ShouldSucceed();
        }

        Officer().AcceptTotp(RfcSecret, Totp.Code(RfcSecret, step + 2), now).ShouldFailWith("invalid-totp-code");
        Officer().AcceptTotp(RfcSecret, Totp.Code(RfcSecret, step - 2), now).ShouldFailWith("invalid-totp-code");
    }

    [Fact]
    public void A_code_is_never_accepted_twice_nor_one_older_than_the_last_accepted()
    {
        var officer = Officer();
        var now = TestData.Now;
        var code = Totp.Code(RfcSecret, Totp.StepAt(now));
        officer.AcceptTotp(RfcSecret, code, now).ShouldSucceed();

        officer.AcceptTotp(RfcSecret, code, now).ShouldFailWith("invalid-totp-code");
        officer.AcceptTotp(RfcSecret, Totp.Code(RfcSecret, Totp.StepAt(now) - 1), now).ShouldFailWith("invalid-totp-code");
        officer.AcceptTotp(RfcSecret, Totp.Code(RfcSecret, Totp.StepAt(now) + 1), now).ShouldSucceed();
    }

    [Fact]
    public void A_missing_code_is_asked_for()
    {
        Officer().AcceptTotp(RfcSecret, null, TestData.Now).ShouldFailWith("totp-required");
    }

    [Fact]
    public void Enrolment_is_confirmed_only_by_a_code_of_the_new_secret_and_ends_older_sessions()
    {
        var officer = Officer();
        officer.PendingSetup.ShouldBe([SetupSteps.EnrolTotp]);
        officer.BeginTotpEnrolment("protected").ShouldSucceed();
        var stamp = officer.SecurityStamp;

        officer.ConfirmTotp(RfcSecret, "000000" == Totp.Code(RfcSecret, Totp.StepAt(TestData.Now)) ? "111111" : "000000", TestData.Now)
            .ShouldFailWith("invalid-totp-code");
        officer.ConfirmTotp(RfcSecret, Totp.Code(RfcSecret, Totp.StepAt(TestData.Now)), TestData.Now).ShouldSucceed();

        officer.HasTotp.ShouldBeTrue();
        officer.PendingSetup.ShouldBeEmpty();
        officer.SecurityStamp.ShouldBeGreaterThan(stamp);
        officer.BeginTotpEnrolment("again").ShouldFailWith("totp-already-enrolled");
    }

    [Fact]
    public void Carriers_need_no_authenticator()
    {
        TestData.User().RequiresTotp.ShouldBeFalse();
        TestData.User().PendingSetup.ShouldBeEmpty();
    }
}
