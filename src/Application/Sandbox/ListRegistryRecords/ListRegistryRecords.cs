using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Common;
using Seo.Application.Common.Validation;

namespace Seo.Application.Sandbox.ListRegistryRecords;

/// <summary>One page of a simulated registry's records, those whose key, reference or holder contain <see cref="Search"/> when given.</summary>
public sealed record ListRegistryRecords(SimulatedRegistry Registry, string? Search, int Page = 1, int PageSize = 50) : IQuery<Result<RegistryRecordPage>>;

public sealed class ListRegistryRecordsValidator : AbstractValidator<ListRegistryRecords>
{
    public const int MaxPageSize = 200;
    public const int MaxSearchLength = 64;

    public ListRegistryRecordsValidator()
    {
        RuleFor(q => q.Search).MaximumLength(MaxSearchLength).WithErrorCode("invalid-search")
            .WithMessage($"A search is at most {MaxSearchLength} characters.");
        RuleFor(q => q.Page).IsAPage();
        RuleFor(q => q.PageSize).IsAPageSize(MaxPageSize);
    }
}

public sealed class ListRegistryRecordsHandler(ISandboxRegistries registries) : IQueryHandler<ListRegistryRecords, Result<RegistryRecordPage>>
{
    public async ValueTask<Result<RegistryRecordPage>> Handle(ListRegistryRecords query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim().ToUpperInvariant();
        return await registries.RecordsAsync(query.Registry, search, query.Page, query.PageSize, cancellationToken);
    }
}
