using Mediator;
using Seo.Application.Accounts.Sessions;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.SignOut;

/// <summary>Ends the caller's session: its refresh token and every access token issued under it stop at once.</summary>
public sealed record SignOut : ICommand<Result>;

public sealed class SignOutHandler(IRepository<AccountSession> sessions, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<SignOut, Result>
{
    public async ValueTask<Result> Handle(SignOut command, CancellationToken cancellationToken)
    {
        if (currentUser.SessionId is { } id && await sessions.FirstOrDefaultAsync(new AccountSessionByIdSpec(id), cancellationToken) is { } session
            && session.AccountId == currentUser.AccountId)
        {
            session.Revoke("signed-out", clock.GetUtcNow());
        }

        return Result.Success();
    }
}
