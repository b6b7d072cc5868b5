using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Identity;

namespace Seo.Application.Accounts.IssueToken;

public sealed class IssueTokenHandler(
    IRepository<Account> accounts,
    IPasswordHasher passwordHasher,
    IPasswordWork passwordWork,
    ISignInThrottle throttle,
    IRequestOrigin origin,
    ITokenIssuer tokens)
    : IRequestHandler<IssueToken, Result<TokenDto>>
{
    /// <summary>A hash of a random password, verified against when the e-mail is unknown.</summary>
    private static string? unknownAccountHash;

    public async ValueTask<Result<TokenDto>> Handle(IssueToken request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // With every password check busy, a flood is turned away before it costs even a store read.
        if (passwordWork.BusyNow is { } busy)
        {
            return busy;
        }

        // A locked e-mail or address is refused before any password work, and the same way
        // whether or not an account has the e-mail (the count is kept for any e-mail given).
        var login = (request.Email ?? string.Empty).Trim();
        if (await throttle.LockedForAsync(login, origin.ClientAddress, cancellationToken) is { } wait)
        {
            return AccountErrors.SignInLocked(wait);
        }

        var email = EmailAddress.Create(request.Email);
        var account = email.IsSuccess ? await accounts.FirstOrDefaultAsync(new AccountByEmailSpec(email.Value), cancellationToken) : null;

        // The same answer, after the same work, for an unknown e-mail and a wrong password, so
        // neither the answer nor its timing tells whether an account exists.
        var hash = account?.PasswordHash ?? (unknownAccountHash ??= passwordHasher.Hash(Guid.NewGuid().ToString()));
        var verified = await passwordWork.VerifyAsync(request.Password ?? string.Empty, hash, cancellationToken);
        if (!verified.IsSuccess)
        {
            return verified.Error;
        }

        if (account is null || !verified.Value)
        {
            await throttle.RecordFailureAsync(login, origin.ClientAddress, cancellationToken);
            return AccountErrors.InvalidCredentials;
        }

        await throttle.RecordSuccessAsync(login, cancellationToken);
        return TokenDto.From(tokens.Issue(account), account);
    }
}
