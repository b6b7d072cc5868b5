using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Domain.Audit;
using Seo.Domain.Common;

namespace Seo.Application.Audit.SearchAuditTrail;

/// <summary>The registrar searches the audit trail, newest first: by actor, action, target and time (from inclusive, to exclusive).</summary>
public sealed record SearchAuditTrail(
    string? Actor, string? Action, string? Target, DateTimeOffset? From, DateTimeOffset? To, int Page = 1, int PageSize = SearchAuditTrail.DefaultPageSize)
    : IQuery<Result<AuditSearchResult>>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
}

public sealed record AuditEntryDto(long Sequence, DateTimeOffset At, string Actor, string Action, string? Target, System.Text.Json.Nodes.JsonNode? Details, string PreviousHash, string Hash)
{
    public static AuditEntryDto From(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new AuditEntryDto(entry.Sequence, entry.At, entry.Actor, entry.Action, entry.Target.Length == 0 ? null : entry.Target,
            System.Text.Json.Nodes.JsonNode.Parse(entry.Details), entry.PreviousHash, entry.Hash);
    }
}

public sealed record AuditSearchResult(IReadOnlyList<AuditEntryDto> Items, int Total, int Page, int PageSize, int TotalPages);

public sealed class SearchAuditTrailValidator : AbstractValidator<SearchAuditTrail>
{
    public SearchAuditTrailValidator()
    {
        RuleFor(q => q.Page).IsAPage();
        RuleFor(q => q.PageSize).IsAPageSize(SearchAuditTrail.MaxPageSize);
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithErrorCode("invalid-time-range").WithMessage("'to' is after 'from'.");
        RuleFor(q => q.Actor).MaximumLength(64).WithErrorCode("invalid-value");
        RuleFor(q => q.Action).MaximumLength(64).WithErrorCode("invalid-value");
        RuleFor(q => q.Target).MaximumLength(100).WithErrorCode("invalid-value");
    }
}

public sealed class SearchAuditTrailHandler(IAuditLog log) : IQueryHandler<SearchAuditTrail, Result<AuditSearchResult>>
{
    public async ValueTask<Result<AuditSearchResult>> Handle(SearchAuditTrail query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var found = await log.SearchAsync(
            new AuditQuery(Blank(query.Actor), Blank(query.Action), Blank(query.Target), query.From, query.To, (query.Page - 1) * query.PageSize, query.PageSize),
            cancellationToken);
        return new AuditSearchResult(
            [.. found.Items.Select(AuditEntryDto.From)], found.Total, query.Page, query.PageSize, PagingRules.PageCount(found.Total, query.PageSize));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
