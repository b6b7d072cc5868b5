using Seo.Application.Audit;
using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Application.Verification.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Vehicles;
using Seo.Domain.Verification;

namespace Seo.Application.Verification.SearchCheckRecords;

/// <summary>Officers search every check record by plate, VIN, the account that asked and time [from, to).</summary>
public sealed record SearchCheckRecords(string? Plate, string? Vin, Guid? Account, DateTimeOffset? From, DateTimeOffset? To, int Page = 1, int PageSize = 20)
    : IQuery<Result<CheckRecordPage>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        PersonalDataRead.By(caller, "check-record-search", null, new { plate = Plate, vin = Vin, account = Account, from = From, to = To, page = Page });
}

public sealed class SearchCheckRecordsValidator : AbstractValidator<SearchCheckRecords>
{
    public const int MaxPageSize = 100;

    /// <summary>Deep pages cost the store a long skip; a narrower search reaches the same records.</summary>
    public const int MaxReach = 10_000;

    public SearchCheckRecordsValidator()
    {
        RuleFor(q => q.Plate).MustBe(PlateNumber.Create).When(q => q.Plate is not null);
        RuleFor(q => q.Vin).MustBe(Domain.Vehicles.Vin.Create).When(q => q.Vin is not null);
        RuleFor(q => q.From).PlausibleInstant();
        RuleFor(q => q.To).PlausibleInstant();
        RuleFor(q => q.To).Must((q, to) => q.From is null || to is null || q.From < to)
            .WithErrorCode("invalid-date-range").WithMessage("'from' must be before 'to'.");
        RuleFor(q => q.PageSize).IsAPageSize(MaxPageSize);
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithErrorCode(PagingRules.Code)
            .Must((q, page) => (long)page * q.PageSize <= MaxReach).WithErrorCode(PagingRules.Code)
            .WithMessage($"page × pageSize reaches at most {MaxReach} records; narrow the search.");
    }
}

public sealed class SearchCheckRecordsHandler(IRepository<VerificationRecord> records) : IQueryHandler<SearchCheckRecords, Result<CheckRecordPage>>
{
    public async ValueTask<Result<CheckRecordPage>> Handle(SearchCheckRecords query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var account = query.Account is { } id ? new AccountId(id) : (AccountId?)null;
        var plate = query.Plate is null ? null : PlateNumber.Create(query.Plate).Value;
        var vin = query.Vin is null ? null : Vin.Create(query.Vin).Value;
        var total = await records.CountAsync(new CheckRecordSearchSpec(account, plate, vin, query.From, query.To), cancellationToken);
        var page = await records.ListAsync(
            new CheckRecordSearchSpec(account, plate, vin, query.From, query.To, (query.Page - 1) * query.PageSize, query.PageSize), cancellationToken);
        return new CheckRecordPage(query.Page, query.PageSize, total, page);
    }
}
