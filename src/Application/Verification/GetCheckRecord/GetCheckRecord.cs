using Seo.Application.Audit;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Verification.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Verification;

namespace Seo.Application.Verification.GetCheckRecord;

/// <summary>One check record: the caller's own, or any for officers and the registrar.</summary>
public sealed record GetCheckRecord(Guid Id) : IQuery<Result<CheckRecordDto>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        PersonalDataRead.By(caller, "check-record", Id.ToString(), null);
}

public sealed class GetCheckRecordHandler(IRepository<VerificationRecord> records, ICurrentUser currentUser) : IQueryHandler<GetCheckRecord, Result<CheckRecordDto>>
{
    public async ValueTask<Result<CheckRecordDto>> Handle(GetCheckRecord query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var record = await records.FirstOrDefaultAsync(new CheckRecordByIdSpec(new VerificationRecordId(query.Id)), cancellationToken);
        var visible = record is not null
            && (currentUser.Role is Role.Officer or Role.Registrar || (currentUser.AccountId is { } caller && record.RequestedBy == caller));
        return visible ? CheckRecordDto.From(record!) : CheckRecordErrors.NotFound;
    }
}
