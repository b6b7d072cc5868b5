using FluentValidation;
using Seo.Application.Common.Validation;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Checkpoints.GetAvailability;

public sealed class GetAvailabilityValidator : AbstractValidator<GetAvailability>
{
    public const int MaxDays = 31;

    public GetAvailabilityValidator()
    {
        RuleFor(q => q.Checkpoint).MustBe(CheckpointCode.Create);
        RuleFor(q => q)
            .Must(q => q.From is null || q.To is null || (q.To.Value.DayNumber >= q.From.Value.DayNumber && q.To.Value.DayNumber - q.From.Value.DayNumber < MaxDays))
            .WithName("to")
            .WithErrorCode("invalid-date-range")
            .WithMessage($"'to' is on or after 'from', and the range is at most {MaxDays} days.");
    }
}
