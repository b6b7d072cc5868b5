using Mediator;
using Seo.Application.Accounts.Sessions;
using Seo.Application.Audit;
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
    SessionTokens sessions,
    SecondFactor secondFactor,
    IAuditTrail audit)
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
            await audit.WriteAsync(SignInFailed.Of(account, "invalid-credentials"), cancellationToken);
            return AccountErrors.InvalidCredentials;
        }

        if (account.IsDisabled)
        {
            await audit.WriteAsync(SignInFailed.Of(account, AccountErrors.Disabled.Code), cancellationToken);
            return AccountErrors.Disabled;
        }

        // A wrong second factor counts against the lockout like a wrong password: six digits are guessable too.
        var second = secondFactor.Check(account, request.TotpCode);
        if (!second.IsSuccess)
        {
            await throttle.RecordFailureAsync(login, origin.ClientAddress, cancellationToken);
            await audit.WriteAsync(SignInFailed.Of(account, second.Error!.Code), cancellationToken);
            return second.Error;
        }

        await throttle.RecordSuccessAsync(login, cancellationToken);
        return await sessions.StartAloneAsync(account, cancellationToken);
    }
}

/// <summary>The audit record of a refused sign-in: the account when one has that e-mail, and the e-mail tried.</summary>
internal static class SignInFailed
{
    // Only an account's own address, masked: what was typed may be anyone's address, or a password
    // typed into the wrong field ("Summer@2024.kz" would pass for an address), and the trail keeps it for ever.
    public static AuditRecord Of(Account? account, string reason) =>
        new(AuditActions.SignInFailed, account?.Id.ToString(), new { email = account is null ? "***" : PersonalDataMask.Email(account.Email.Value), reason }, AuditRecord.Anonymous);
}
