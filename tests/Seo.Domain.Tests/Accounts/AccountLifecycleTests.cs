using Seo.Domain.Accounts;

namespace Seo.Domain.Tests;

public sealed class AccountLifecycleTests
{
    private static readonly TimeSpan Idle = TimeSpan.FromHours(12);
    private static readonly TimeSpan Absolute = TimeSpan.FromDays(7);

    [Fact]
    public void Disabling_ends_every_token_by_moving_the_security_stamp_and_is_refused_twice()
    {
        var account = TestData.User();
        var stamp = account.SecurityStamp;

        account.Disable("fraud", TestData.Now).ShouldSucceed();

        account.IsDisabled.ShouldBeTrue();
        account.DisabledReason.ShouldBe("fraud");
        account.SecurityStamp.ShouldBeGreaterThan(stamp);
        account.Disable("again", TestData.Now).ShouldFailWith("account-already-disabled");
        account.Enable("cleared", TestData.Now).ShouldSucceed();
        account.IsDisabled.ShouldBeFalse();
        account.Enable("again", TestData.Now).ShouldFailWith("account-not-disabled");
    }

    [Fact]
    public void A_new_password_moves_the_security_stamp_and_clears_the_forced_change()
    {
        var account = TestData.User();
        account.RequirePasswordChange();
        account.PendingSetup.ShouldBe([SetupSteps.ChangePassword]);
        var stamp = account.SecurityStamp;

        account.ChangePassword("new-hash", TestData.Now);

        account.PasswordHash.ShouldBe("new-hash");
        account.SecurityStamp.ShouldBeGreaterThan(stamp);
        account.PendingSetup.ShouldBeEmpty();
    }

    [Fact]
    public void The_newest_refresh_token_rotates_and_an_older_one_revokes_the_family()
    {
        var session = AccountSession.Start(Guid.NewGuid(), AccountId.New(), "h1", Idle, Absolute, TestData.Now);

        session.Rotate("h1", "h2", Idle, TestData.Now.AddMinutes(1)).ShouldSucceed();
        session.Rotate("h2", "h3", Idle, TestData.Now.AddMinutes(2)).ShouldSucceed();
        session.Generation.ShouldBe(2);

        session.Rotate("h1", "h4", Idle, TestData.Now.AddMinutes(3)).ShouldFailWith("refresh-token-reused");
        session.IsRevoked.ShouldBeTrue();
        session.Rotate("h3", "h5", Idle, TestData.Now.AddMinutes(4)).ShouldFailWith("invalid-refresh-token");
    }

    [Fact]
    public void An_unused_refresh_token_expires_and_rotation_never_passes_the_session_end()
    {
        var session = AccountSession.Start(Guid.NewGuid(), AccountId.New(), "h1", Idle, TimeSpan.FromHours(20), TestData.Now);
        session.Rotate("h1", "h2", Idle, TestData.Now.AddHours(11)).ShouldSucceed();

        session.ExpiresAt.ShouldBe(TestData.Now.AddHours(20));
        session.Rotate("h2", "h3", Idle, TestData.Now.AddHours(20)).ShouldFailWith("invalid-refresh-token");
        session.IsRevoked.ShouldBeFalse();
    }
}
