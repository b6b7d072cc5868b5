using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.Sessions;

/// <summary>
/// The TOTP check of a sign-in: officers, registrars and analysts with an authenticator give its
/// current code. One who has none yet signs in with a restricted token that only lets them enrol
/// (and change their password); the token issuer marks it.
/// </summary>
public sealed class SecondFactor(ISecretProtector protector, TimeProvider clock)
{
    public Result Check(Account account, string? code)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (!account.RequiresTotp || account.TotpSecret is not { } stored)
        {
            return Result.Success();
        }

        return account.AcceptTotp(protector.Unprotect(stored), code, clock.GetUtcNow());
    }
}
