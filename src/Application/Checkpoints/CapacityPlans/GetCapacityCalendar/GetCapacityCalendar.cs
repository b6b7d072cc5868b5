using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Seo.Application.Common.Mapping;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Checkpoints.CapacityPlans.GetCapacityCalendar;

/// <summary>
/// The officers' capacity calendar of a checkpoint (R22, R6): for each day from
/// <see cref="From"/> (today by default) to <see cref="To"/> (a week by default, at most 31 days),
/// what the plan sells and what is booked, per interval and for the day, with the day's priority
/// limit. Read from the availability read model, like the carriers' availability.
/// </summary>
public sealed record GetCapacityCalendar(string Checkpoint, DateOnly? From, DateOnly? To) : IQuery<Result<CapacityCalendarDto>>;

/// <param name="Source">Which store answered; the API sends it as a header (<c>Seo-Availability-Source</c>), not in the body.</param>
public sealed record CapacityCalendarDto(
    string Checkpoint,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<CapacityCalendarDayDto> Days,
    [property: JsonIgnore] AvailabilitySource Source = AvailabilitySource.ReadModel);

/// <summary>One day: the plan's version it follows (null: the baseline) and its exception's reason, the day's totals and its intervals.</summary>
public sealed record CapacityCalendarDayDto(
    DateOnly Date,
    int? PlanVersion,
    string? Exception,
    int Capacity,
    int Booked,
    int PriorityBooked,
    int PriorityLimit,
    IReadOnlyList<CapacityCalendarIntervalDto> Intervals);

/// <summary>One interval of the day, checkpoint-local: its places and what is booked, of which priority (R6).</summary>
public sealed record CapacityCalendarIntervalDto(string Start, string End, int Capacity, int Booked, int PriorityBooked);

public sealed class GetCapacityCalendarValidator : AbstractValidator<GetCapacityCalendar>
{
    public const int MaxDays = 31;

    public GetCapacityCalendarValidator()
    {
        RuleFor(q => q.Checkpoint).MustBe(CheckpointCode.Create);
        RuleFor(q => q.From).PlausibleDate();
        RuleFor(q => q.To).PlausibleDate();
    }
}

public sealed class GetCapacityCalendarHandler(
    CheckpointCatalog checkpoints, SlotAvailability availability, ICapacityLedger ledger, PriorityLimits priorityLimits, TimeProvider clock)
    : IQueryHandler<GetCapacityCalendar, Result<CapacityCalendarDto>>
{
    public async ValueTask<Result<CapacityCalendarDto>> Handle(GetCapacityCalendar query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var checkpoint = await checkpoints.FindAsync(CheckpointCode.Create(query.Checkpoint).Value, cancellationToken);
        if (checkpoint is null)
        {
            return CheckpointErrors.NotFound;
        }

        var from = query.From ?? checkpoint.DateAt(clock.GetUtcNow());
        var to = query.To ?? from.AddDays(6);
        if (DayRange.Refusal(from, to, GetCapacityCalendarValidator.MaxDays) is { } refusal)
        {
            return refusal;
        }

        var (intervals, source) = await availability.ReadAsync(checkpoint, from, to, cancellationToken);
        var plan = checkpoint.CapacityPlan;
        // R6: a day on sale keeps the limit it opened with; any other day shows what it would open with now.
        var stored = await ledger.PriorityLimitsAsync(checkpoint.Id, from, to, cancellationToken);
        var limitOf = await priorityLimits.ForCheckpointAsync(checkpoint, cancellationToken);
        var days = intervals
            .GroupBy(i => i.Date)
            .Select(day =>
            {
                var schedule = checkpoint.CapacityOn(day.Key);
                var version = plan.VersionOn(day.Key);
                return new CapacityCalendarDayDto(
                    day.Key,
                    version?.Number,
                    version?.ExceptionOn(day.Key)?.Reason,
                    day.Sum(i => i.Capacity),
                    day.Sum(i => i.Booked),
                    day.Sum(i => i.PriorityBooked),
                    stored.TryGetValue(day.Key, out var limit) ? limit : limitOf(day.Key, schedule),
                    [.. day.Select(i => new CapacityCalendarIntervalDto(
                        LocalTimeText.Of(i.Start), LocalTimeText.Of(i.Start.Add(schedule.IntervalLength)), i.Capacity, i.Booked, i.PriorityBooked))]);
            })
            .ToList();
        return new CapacityCalendarDto(checkpoint.Id.Value, from, to, days, source);
    }
}
