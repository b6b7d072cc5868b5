using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Checkpoints.CapacityPlans.GetCapacityPlan;

/// <summary>
/// A checkpoint's capacity plan (R22) with what each day from <see cref="From"/> (today by
/// default) to <see cref="To"/> (the 90-day horizon by default) sells. Read from the write
/// store: a registrar about to change the plan must see its current version.
/// </summary>
public sealed record GetCapacityPlan(string Checkpoint, DateOnly? From, DateOnly? To) : IQuery<Result<CapacityPlanDto>>;

public sealed class GetCapacityPlanValidator : AbstractValidator<GetCapacityPlan>
{
    public GetCapacityPlanValidator()
    {
        RuleFor(q => q.Checkpoint).MustBe(CheckpointCode.Create);
        RuleFor(q => q.From).PlausibleDate();
        RuleFor(q => q.To).PlausibleDate();
    }
}

public sealed class GetCapacityPlanHandler(IRepository<Checkpoint> checkpoints, TimeProvider clock) : IQueryHandler<GetCapacityPlan, Result<CapacityPlanDto>>
{
    /// <summary>The longest range of days one answer lists.</summary>
    public const int MaxDays = 366;

    public async ValueTask<Result<CapacityPlanDto>> Handle(GetCapacityPlan query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var checkpoint = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(CheckpointCode.Create(query.Checkpoint).Value, readOnly: true), cancellationToken);
        if (checkpoint is null)
        {
            return CheckpointErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var from = query.From ?? checkpoint.DateAt(now);
        var to = query.To ?? BookingHorizonRule.LastBookableDate(checkpoint, now);
        if (DayRange.Refusal(from, to, MaxDays) is { } refusal)
        {
            return refusal;
        }

        return checkpoint.ToPlanDto(from, to);
    }
}
