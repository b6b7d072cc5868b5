using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.PriorityLists.Common;
using Seo.Domain.Common;
using Seo.Domain.PriorityLists;

namespace Seo.Application.PriorityLists.GetPriorityList;

/// <summary>The current version of a priority list (R6) with its vehicles, who uploaded it and when.</summary>
public sealed record GetPriorityList(string? Kind) : IQuery<Result<PriorityListDto>>;

public sealed class GetPriorityListValidator : AbstractValidator<GetPriorityList>
{
    public GetPriorityListValidator() => RuleFor(q => q.Kind).MustBeAPriorityListKind();
}

public sealed class GetPriorityListHandler(IRepository<PriorityList> lists, IRepository<PriorityListVersion> versions)
    : IQueryHandler<GetPriorityList, Result<PriorityListDto>>
{
    public async ValueTask<Result<PriorityListDto>> Handle(GetPriorityList query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var kind = PriorityListKindRules.ParseKind(query.Kind);
        var currentVersion = await lists.FirstOrDefaultAsync(new CurrentVersionOfListSpec(kind), cancellationToken);
        var current = currentVersion > 0
            ? await versions.FirstOrDefaultAsync(new PriorityListVersionSpec(kind, currentVersion), cancellationToken)
            : null;
        return current ?? PriorityListDto.NeverUploaded(kind);
    }
}
