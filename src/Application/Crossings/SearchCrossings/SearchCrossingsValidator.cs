using FluentValidation;
using Seo.Application.Common.Validation;
using Seo.Application.Crossings.Common;
using Seo.Domain.Checkpoints;
using P = Seo.Application.Crossings.Common.CrossingParameters;

namespace Seo.Application.Crossings.SearchCrossings;

public sealed class SearchCrossingsValidator : AbstractValidator<SearchCrossings>
{
    public SearchCrossingsValidator()
    {
        RuleFor(q => q.Plate).Must(p => P.Plate(p) is not null).When(q => q.Plate is not null)
            .WithErrorCode("invalid-plate").WithMessage("'plate' is 1 to 12 Latin letters or digits (Cyrillic look-alikes are read as Latin).");
        RuleFor(q => q.PlateMatch).Must(m => P.PlateMatchOf(m) is not null)
            .WithErrorCode("invalid-plate-match").WithMessage("'plateMatch' is exact, prefix or fuzzy.");
        RuleFor(q => q.PlateMatch).Must((q, m) => string.IsNullOrWhiteSpace(m) || q.Plate is not null)
            .WithErrorCode("invalid-plate-match").WithMessage("'plateMatch' needs a 'plate'.");
        RuleFor(q => q.Vin).Must(v => v!.Trim().Length is > 0 and <= 17 && v.Trim().All(char.IsAsciiLetterOrDigit)).When(q => q.Vin is not null)
            .WithErrorCode("invalid-vin").WithMessage("'vin' is up to 17 Latin letters and digits.");
        RuleFor(q => q.BookingNumber).Must(n => n!.Trim().Length is > 0 and <= 64).When(q => q.BookingNumber is not null)
            .WithErrorCode("invalid-booking-number").WithMessage("'bookingNumber' is 1 to 64 characters.");
        RuleFor(q => q.Checkpoint).MustBe(CheckpointCode.Create).When(q => q.Checkpoint is not null);
        RuleFor(q => q.Direction).Must(d => P.DirectionOf(d).Valid)
            .WithErrorCode("invalid-direction").WithMessage("'direction' is exit or entry.");
        RuleFor(q => q.Matched).Must(m => P.MatchedOf(m).Valid)
            .WithErrorCode("invalid-matched").WithMessage("'matched' is true or false.");
        RuleFor(q => q.From).Must(f => P.Instant(f) is not null).When(q => q.From is not null)
            .WithErrorCode("invalid-date").WithMessage("'from' is an ISO 8601 date and time with its offset, e.g. 2026-11-25T00:00:00+05:00.");
        RuleFor(q => q.To).Must(t => P.Instant(t) is not null).When(q => q.To is not null)
            .WithErrorCode("invalid-date").WithMessage("'to' is an ISO 8601 date and time with its offset, e.g. 2026-11-26T00:00:00+05:00.");
        RuleFor(q => q.To).Must((q, t) => P.Instant(q.From) < P.Instant(t))
            .When(q => P.Instant(q.From) is not null && P.Instant(q.To) is not null)
            .WithErrorCode("invalid-period").WithMessage("'to' is after 'from'.");
        RuleFor(q => q.Sort).Must(s => P.SortOf(s) is not null)
            .WithErrorCode("invalid-sort").WithMessage("'sort' is newest or oldest.");
        RuleFor(q => q.Page).Must(p => P.Number(p, 1, 1, SearchCrossings.MaxWindow) is not null)
            .WithErrorCode("invalid-page").WithMessage("'page' is a whole number from 1.");
        RuleFor(q => q.PageSize).Must(s => P.Number(s, SearchCrossings.DefaultPageSize, 1, SearchCrossings.MaxPageSize) is not null)
            .WithErrorCode("invalid-page-size").WithMessage($"'pageSize' is 1 to {SearchCrossings.MaxPageSize}.");
        RuleFor(q => q.Page).Must((q, p) => (long)P.Number(p, 1, 1, SearchCrossings.MaxWindow)!.Value * P.Number(q.PageSize, SearchCrossings.DefaultPageSize, 1, SearchCrossings.MaxPageSize)!.Value <= SearchCrossings.MaxWindow)
            .When(q => P.Number(q.Page, 1, 1, SearchCrossings.MaxWindow) is not null && P.Number(q.PageSize, SearchCrossings.DefaultPageSize, 1, SearchCrossings.MaxPageSize) is not null)
            .WithErrorCode("invalid-page").WithMessage($"Paging reaches the first {SearchCrossings.MaxWindow} results (page × pageSize); narrow the search instead.");
    }
}
