using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Verification.Common;
using Seo.Domain.Common;
using Seo.Domain.Verification;
using Seo.Application.Common.Validation;

namespace Seo.Application.Verification.ListMyChecks;

/// <summary>The caller's check records, refused requests included, newest first (R20).</summary>
public sealed record ListMyChecks(int Page = 1, int PageSize = 20) : IQuery<Result<CheckRecordPage>>;

public sealed class ListMyChecksValidator : AbstractValidator<ListMyChecks>
{
    public const int MaxPageSize = 100;

    public ListMyChecksValidator()
    {
        RuleFor(q => q.Page).IsAPage();
        RuleFor(q => q.PageSize).IsAPageSize(MaxPageSize);
    }
}

public sealed class ListMyChecksHandler(IRepository<VerificationRecord> records, ICurrentUser currentUser) : IQueryHandler<ListMyChecks, Result<CheckRecordPage>>
{
    public async ValueTask<Result<CheckRecordPage>> Handle(ListMyChecks query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (currentUser.AccountId is not { } caller)
        {
            return new CheckRecordPage(query.Page, query.PageSize, 0, []);
        }

        var total = await records.CountAsync(new CheckRecordSearchSpec(caller, null, null, null, null), cancellationToken);
        var page = await records.ListAsync(
            new CheckRecordSearchSpec(caller, null, null, null, null, (query.Page - 1) * query.PageSize, query.PageSize), cancellationToken);
        return new CheckRecordPage(query.Page, query.PageSize, total, page);
    }
}
