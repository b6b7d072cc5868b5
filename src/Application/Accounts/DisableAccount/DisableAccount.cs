using FluentValidation;
using Mediator;
using Seo.Application.Accounts.RecordDebt;
using Seo.Application.Accounts.Sessions;
using Seo.Application.Audit;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.DisableAccount;

/// <summary>The registrar disables an account, saying why: every token and session of it stops at once.</summary>
public sealed record DisableAccount(Guid AccountId, string? Reason) : ICommand<Result<AccountDto>>;

/// <summary>The registrar enables a disabled account again, saying why; its holder signs in afresh.</summary>
public sealed record EnableAccount(Guid AccountId, string? Reason) : ICommand<Result<AccountDto>>;

public sealed class DisableAccountValidator : AbstractValidator<DisableAccount>
{
    public DisableAccountValidator() => RuleFor(c => c.Reason).MustBeAReason();
}

public sealed class EnableAccountValidator : AbstractValidator<EnableAccount>
{
    public EnableAccountValidator() => RuleFor(c => c.Reason).MustBeAReason();
}

internal static class ReasonRules
{
    public static IRuleBuilderOptions<T, string?> MustBeAReason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(r => !string.IsNullOrWhiteSpace(r) && r.Length <= 500).WithErrorCode("required-field")
            .WithMessage("Say why (at most 500 characters).");
}

public sealed class DisableAccountHandler(
    IRepository<Account> accounts, IRepository<AccountSession> sessions, ICurrentUser currentUser, IAuditTrail audit, TimeProvider clock)
    : ICommandHandler<DisableAccount, Result<AccountDto>>, ICommandHandler<EnableAccount, Result<AccountDto>>
{
    public async ValueTask<Result<AccountDto>> Handle(DisableAccount command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var account = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(new AccountId(command.AccountId)), cancellationToken);
        if (account is null)
        {
            return RecordDebtHandler.AccountNotFound;
        }

        if (account.Id == currentUser.AccountId)
        {
            return AccountErrors.CannotDisableSelf;
        }

        var now = clock.GetUtcNow();
        var reason = command.Reason!.Trim();
        var disabled = account.Disable(reason, now);
        if (!disabled.IsSuccess)
        {
            return disabled.Error;
        }

        foreach (var session in await sessions.ListAsync(new OpenSessionsOfSpec(account.Id), cancellationToken))
        {
            session.Revoke("account-disabled", now);
        }

        audit.Record(new AuditRecord(AuditActions.AccountDisabled, account.Id.ToString(), new { reason, role = account.Role.ToString() }));
        return AccountDto.From(account);
    }

    public async ValueTask<Result<AccountDto>> Handle(EnableAccount command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var account = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(new AccountId(command.AccountId)), cancellationToken);
        if (account is null)
        {
            return RecordDebtHandler.AccountNotFound;
        }

        var reason = command.Reason!.Trim();
        var enabled = account.Enable(reason, clock.GetUtcNow());
        if (!enabled.IsSuccess)
        {
            return enabled.Error;
        }

        audit.Record(new AuditRecord(AuditActions.AccountEnabled, account.Id.ToString(), new { reason, role = account.Role.ToString() }));
        return AccountDto.From(account);
    }
}
