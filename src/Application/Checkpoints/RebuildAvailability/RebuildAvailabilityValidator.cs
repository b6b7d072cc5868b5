using FluentValidation;
using Seo.Application.Common.Validation;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Checkpoints.RebuildAvailability;

public sealed class RebuildAvailabilityValidator : AbstractValidator<RebuildAvailability>
{
    public RebuildAvailabilityValidator()
    {
        RuleFor(r => r.Checkpoint).MustBe(CheckpointCode.Create).When(r => r.Checkpoint is not null);
    }
}
