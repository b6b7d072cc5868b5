using Seo.Application.Common.Ports;
using Seo.Application.Audit;
using Mediator;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.SettleDebt;

/// <summary>R27: the registrar records a payment against a user's debt; booking resumes only when it is paid in full.</summary>
public sealed record SettleDebt(Guid AccountId, decimal? Amount) : ICommand<Result<AccountDto>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.DebtSettled, AccountId.ToString(), new { amount = Amount });
}
