using FluentValidation;
using Seo.Application.Common.Validation;
using Seo.Domain.Checkpoints;
using P = Seo.Application.Crossings.Common.CrossingParameters;

namespace Seo.Application.Crossings.CountCrossingsPerDay;

public sealed class CountCrossingsPerDayValidator : AbstractValidator<CountCrossingsPerDay>
{
    public CountCrossingsPerDayValidator()
    {
        RuleFor(q => q.From).Must(f => P.Instant(f) is not null)
            .WithErrorCode("invalid-date").WithMessage("'from' is required: an ISO 8601 date and time with its offset, e.g. 2026-11-01T00:00:00+05:00.");
        RuleFor(q => q.To).Must(t => P.Instant(t) is not null)
            .WithErrorCode("invalid-date").WithMessage("'to' is required: an ISO 8601 date and time with its offset, e.g. 2026-12-01T00:00:00+05:00.");
        RuleFor(q => q.To)
            .Must((q, t) => P.Instant(q.From) < P.Instant(t)).WithErrorCode("invalid-period").WithMessage("'to' is after 'from'.")
            .Must((q, t) => P.Instant(t) - P.Instant(q.From) <= TimeSpan.FromDays(CountCrossingsPerDay.MaxDays)).WithErrorCode("invalid-period")
            .WithMessage($"The period is at most {CountCrossingsPerDay.MaxDays} days (one count per checkpoint and day must fit the search store's bucket limit); ask for several periods.")
            .When(q => P.Instant(q.From) is not null && P.Instant(q.To) is not null);
        RuleFor(q => q.Checkpoint).MustBe(CheckpointCode.Create).When(q => q.Checkpoint is not null);
    }
}
