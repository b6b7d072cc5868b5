using FluentValidation;
using Mediator;
using Seo.Application.Accounts.IssueToken;
using Seo.Application.Accounts.Passwords;
using Seo.Application.Accounts.Sessions;
using Seo.Application.Audit;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.ChangePassword;

/// <summary>
/// The caller sets a new password, giving the current one. Every session of the account ends,
/// this one too; the answer is a new session for the caller.
/// </summary>
public sealed record ChangePassword(string? CurrentPassword, string? NewPassword) : ICommand<Result<TokenDto>>;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithErrorCode("required-field");
        // The e-mail's name is checked by the handler, which knows the account.
        RuleFor(c => c.NewPassword).StrongPassword(_ => null);
        RuleFor(c => c.NewPassword).NotEqual(c => c.CurrentPassword).WithErrorCode("password-unchanged")
            .WithMessage("The new password differs from the current one.");
    }
}

public sealed class ChangePasswordHandler(
    IRepository<Account> accounts,
    IRepository<AccountSession> sessions,
    IPasswordWork passwords,
    SessionTokens sessionTokens,
    ICurrentUser currentUser,
    IAuditTrail audit,
    TimeProvider clock) : ICommandHandler<ChangePassword, Result<TokenDto>>
{
    public async ValueTask<Result<TokenDto>> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var account = currentUser.AccountId is { } id ? await accounts.FirstOrDefaultAsync(new AccountByIdSpec(id), cancellationToken) : null;
        if (account is null)
        {
            return Accounts.GetMyAccount.GetMyAccountHandler.NotFound;
        }

        // Through the password gate like a sign-in: a stolen token must not buy unlimited hashing.
        var current = await passwords.VerifyAsync(command.CurrentPassword!, account.PasswordHash, cancellationToken);
        if (!current.IsSuccess)
        {
            return current.Error;
        }

        if (!current.Value)
        {
            return AccountErrors.WrongCurrentPassword;
        }

        if (PasswordPolicy.Problem(command.NewPassword, account.Email.Value) is { } weak)
        {
            return DomainError.Validation(PasswordPolicy.Code, weak, new Dictionary<string, string[]> { ["newPassword"] = [weak] });
        }

        var hashed = await passwords.HashAsync(command.NewPassword!, cancellationToken);
        if (!hashed.IsSuccess)
        {
            return hashed.Error;
        }

        var now = clock.GetUtcNow();
        account.ChangePassword(hashed.Value, now);
        foreach (var session in await sessions.ListAsync(new OpenSessionsOfSpec(account.Id), cancellationToken))
        {
            session.Revoke("password-changed", now);
        }

        audit.Record(new AuditRecord(AuditActions.PasswordChanged, account.Id.ToString()));
        return await sessionTokens.StartAsync(account, cancellationToken);
    }
}
