using Seo.Application.Common.Ports;
using Seo.Application.Audit;
using Mediator;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.RecordDebt;

/// <summary>R27: the registrar records a user's debt; booking is blocked at once until it is paid in full.</summary>
public sealed record RecordDebt(Guid AccountId, decimal? Amount, string? Reason) : ICommand<Result<AccountDto>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.DebtRecorded, AccountId.ToString(), new { amount = Amount, reason = Reason });
}
