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
    }
}
