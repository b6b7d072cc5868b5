using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.PriorityLists.Common;
using Seo.Domain.Common;
using Seo.Domain.PriorityLists;
using Seo.Application.Common.Validation;

namespace Seo.Application.PriorityLists.ListPriorityListVersions;

/// <summary>The history of a priority list: every version, newest first, with who uploaded it, when and how many vehicles it listed.</summary>
public sealed record ListPriorityListVersions(string? Kind, int Page = 1, int PageSize = 20) : IQuery<Result<PriorityListHistory>>;

public sealed class ListPriorityListVersionsValidator : AbstractValidator<ListPriorityListVersions>
{
    public const int MaxPageSize = 100;

    public ListPriorityListVersionsValidator()
    {
        RuleFor(q => q.Kind).MustBeAPriorityListKind();
        RuleFor(q => q.Page).IsAPage();
        RuleFor(q => q.PageSize).IsAPageSize(MaxPageSize);
    }
}

public sealed class ListPriorityListVersionsHandler(IRepository<PriorityList> lists, IRepository<PriorityListVersion> versions)
    : IQueryHandler<ListPriorityListVersions, Result<PriorityListHistory>>
{
    public async ValueTask<Result<PriorityListHistory>> Handle(ListPriorityListVersions query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var kind = PriorityListKindRules.ParseKind(query.Kind);
        var currentVersion = await lists.FirstOrDefaultAsync(new CurrentVersionOfListSpec(kind), cancellationToken);
        var spec = new PriorityListVersionsSpec(kind, (query.Page - 1) * query.PageSize, query.PageSize);
        var page = await versions.ListAsync(spec, cancellationToken);
        var total = await versions.CountAsync(spec, cancellationToken);
        return new PriorityListHistory(kind.Slug(), currentVersion, query.Page, query.PageSize, total, page);
    }
}
