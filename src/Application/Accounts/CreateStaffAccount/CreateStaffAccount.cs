using Seo.Application.Common.Ports;
using Seo.Application.Audit;
using Mediator;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.CreateStaffAccount;

/// <summary>
/// The registrar creates an officer, analyst, device or another registrar account. Without a
/// password one is generated and shown once in the answer.
/// </summary>
public sealed record CreateStaffAccount(string? Email, Role? Role, string? DisplayName, string? Password) : ICommand<Result<StaffAccountCreated>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.StaffCreated, (answer as StaffAccountCreated)?.Account.Id.ToString(), new { email = Email, role = Role?.ToString(), displayName = DisplayName, passwordGenerated = Password is null });
}

public sealed record StaffAccountCreated(AccountDto Account, string? GeneratedPassword);
