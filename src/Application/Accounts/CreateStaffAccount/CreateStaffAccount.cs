using Mediator;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.CreateStaffAccount;

/// <summary>
/// The registrar creates an officer, analyst, device or another registrar account. Without a
/// password one is generated and shown once in the answer.
/// </summary>
public sealed record CreateStaffAccount(string? Email, Role? Role, string? DisplayName, string? Password) : ICommand<Result<StaffAccountCreated>>;

public sealed record StaffAccountCreated(AccountDto Account, string? GeneratedPassword);
