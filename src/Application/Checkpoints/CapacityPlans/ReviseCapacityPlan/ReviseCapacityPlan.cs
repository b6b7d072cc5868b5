using System.Globalization;
using FluentValidation;
using Mediator;
using Seo.Application.Audit;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Checkpoints.CapacityPlans.ReviseCapacityPlan;

/// <summary>
/// The registrar makes a new version of a checkpoint's capacity plan (R22) from a date on:
/// a week of schedules and the exceptions for dates or ranges, on the version they read
/// (<see cref="ExpectedVersion"/>). The days already on sale follow it in the same transaction,
/// with the R6 priority limit of each day recomputed from its new throughput.
/// </summary>
public sealed record ReviseCapacityPlan(
    string Checkpoint,
    int? ExpectedVersion,
    DateOnly? EffectiveFrom,
    WeekInput? Week,
    IReadOnlyList<CapacityExceptionInput>? Exceptions,
    string? Reason) : ICommand<Result<CapacityPlanChangeDto>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.CapacityPlanRevised, Checkpoint.Trim().ToUpperInvariant(), new
        {
            version = (answer as CapacityPlanChangeDto)?.Plan.Version,
            effectiveFrom = EffectiveFrom,
            exceptions = Exceptions?.Count ?? 0,
            reason = Reason,
            moved = (answer as CapacityPlanChangeDto)?.Moved.Select(m => m.Number).ToList(),
            displaced = (answer as CapacityPlanChangeDto)?.Displaced.Select(d => d.Number).ToList(),
        });
}

/// <summary>The plan as the change left it, the bookings it moved, and those it displaced or ended for want of any place (R22, R28).</summary>
public sealed record CapacityPlanChangeDto(CapacityPlanDto Plan, IReadOnlyList<CapacityMoveDto> Moved, IReadOnlyList<DisplacedBookingDto> Displaced);

/// <summary>A day's schedule as the registrar gives it: opening time (HH:mm, checkpoint-local), hours open, interval length, vehicles per interval (0: closed).</summary>
public sealed record ScheduleInput(string? OpensAt, int? HoursOpen, int? IntervalMinutes, int? VehiclesPerInterval);

/// <summary>Every day of the week's schedule; none may be left out.</summary>
public sealed record WeekInput(
    ScheduleInput? Monday,
    ScheduleInput? Tuesday,
    ScheduleInput? Wednesday,
    ScheduleInput? Thursday,
    ScheduleInput? Friday,
    ScheduleInput? Saturday,
    ScheduleInput? Sunday);

/// <summary>A date or range (both included, at most 366 days) with its own schedule and its reason.</summary>
public sealed record CapacityExceptionInput(DateOnly? From, DateOnly? To, ScheduleInput? Schedule, string? Reason);

public sealed class ReviseCapacityPlanValidator : AbstractValidator<ReviseCapacityPlan>
{
    /// <summary>More exceptions than one version needs for a year of daily changes would be a mistake.</summary>
    public const int MaxExceptions = 366;

    public ReviseCapacityPlanValidator()
    {
        RuleFor(c => c.Checkpoint).MustBe(CheckpointCode.Create);
        RuleFor(c => c.ExpectedVersion).Required().GreaterThanOrEqualTo(0);
        RuleFor(c => c.EffectiveFrom).Required().PlausibleDate();
        RuleFor(c => c.Week).Required();
        RuleFor(c => c.Week!.Monday).Required().SetValidator(new ScheduleInputValidator()).When(c => c.Week is not null);
        RuleFor(c => c.Week!.Tuesday).Required().SetValidator(new ScheduleInputValidator()).When(c => c.Week is not null);
        RuleFor(c => c.Week!.Wednesday).Required().SetValidator(new ScheduleInputValidator()).When(c => c.Week is not null);
        RuleFor(c => c.Week!.Thursday).Required().SetValidator(new ScheduleInputValidator()).When(c => c.Week is not null);
        RuleFor(c => c.Week!.Friday).Required().SetValidator(new ScheduleInputValidator()).When(c => c.Week is not null);
        RuleFor(c => c.Week!.Saturday).Required().SetValidator(new ScheduleInputValidator()).When(c => c.Week is not null);
        RuleFor(c => c.Week!.Sunday).Required().SetValidator(new ScheduleInputValidator()).When(c => c.Week is not null);
        RuleFor(c => c.Exceptions).Must(e => e is null || e.Count <= MaxExceptions).WithMessage($"At most {MaxExceptions} exceptions.");
        RuleForEach(c => c.Exceptions).ChildRules(exception =>
        {
            exception.RuleFor(e => e.From).Required().PlausibleDate();
            exception.RuleFor(e => e.To).Required().PlausibleDate();
            exception.RuleFor(e => e.Schedule).Required().SetValidator(new ScheduleInputValidator());
            exception.RuleFor(e => e.Reason).NotEmpty();
        });
        RuleFor(c => c.Reason).NotEmpty();
    }

    private sealed class ScheduleInputValidator : AbstractValidator<ScheduleInput?>
    {
        public ScheduleInputValidator()
        {
            RuleFor(s => s!.OpensAt).Must(t => ScheduleInputs.TryParseTime(t, out _)).WithErrorCode("invalid-capacity").WithMessage("A checkpoint-local time, HH:mm.");
            RuleFor(s => s!.HoursOpen).Required();
            RuleFor(s => s!.IntervalMinutes).Required();
            RuleFor(s => s!.VehiclesPerInterval).Required();
        }
    }
}

public sealed class ReviseCapacityPlanHandler(
    IRepository<Checkpoint> checkpoints,
    ICapacityLedger ledger,
    CapacityCutMoves moves,
    PriorityLimits priorityLimits,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<ReviseCapacityPlan, Result<CapacityPlanChangeDto>>
{
    public async ValueTask<Result<CapacityPlanChangeDto>> Handle(ReviseCapacityPlan command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var registrar = currentUser.AccountId ?? throw new InvalidOperationException("Only a signed-in registrar changes a capacity plan.");
        var checkpoint = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(CheckpointCode.Create(command.Checkpoint).Value), cancellationToken);
        if (checkpoint is null)
        {
            return CheckpointErrors.NotFound;
        }

        var week = ScheduleInputs.ToWeek(command.Week!);
        if (!week.IsSuccess)
        {
            return week.Error;
        }

        var exceptions = ScheduleInputs.ToExceptions(command.Exceptions ?? []);
        if (!exceptions.IsSuccess)
        {
            return exceptions.Error;
        }

        var now = clock.GetUtcNow();
        var today = checkpoint.DateAt(now);
        var onSale = DaysOnSale(checkpoint, command.EffectiveFrom!.Value, now);
        var before = onSale.Select(checkpoint.CapacityOn).ToList();
        var revised = checkpoint.ReviseCapacity(
            command.ExpectedVersion!.Value, command.EffectiveFrom.Value, week.Value, exceptions.Value, registrar.Value, command.Reason, now);
        if (!revised.IsSuccess)
        {
            return revised.Error;
        }

        // Days already on sale follow the new plan now, in this transaction, so that no booking
        // taken on the old figures after this commits can exceed the new ones. A day whose
        // schedule did not change is left alone; today's intervals that have begun keep theirs.
        var overbooked = new List<SlotCount>();
        var limitOf = await priorityLimits.ForCheckpointAsync(checkpoint, cancellationToken);
        for (var i = 0; i < onSale.Count; i++)
        {
            var date = onSale[i];
            var schedule = checkpoint.CapacityOn(date);
            if (schedule == before[i])
            {
                continue;
            }

            var from = date == today ? FirstMinuteNotBegun(TimeOnly.FromDateTime(checkpoint.LocalTime(now))) : TimeOnly.MinValue;
            overbooked.AddRange(await ledger.ReviseDayAsync(
                checkpoint.Id, date, schedule, limitOf(date, schedule), from, cancellationToken));
        }

        // R22, R28: the bookings over the new figures move to the nearest free intervals, free and
        // uncounted, or, with no place left to the horizon, are displaced; if a vehicle already
        // called is among them, nothing of the change is kept.
        var outcome = await moves.MoveAsync(checkpoint, overbooked, revised.Value.Reason, now, cancellationToken);
        if (outcome.Stranded.Count > 0)
        {
            return CapacityPlanErrors.BelowBookings(outcome.Stranded);
        }

        return new CapacityPlanChangeDto(checkpoint.ToPlanDto(today, onSale.Count == 0 ? today : onSale[^1]), outcome.Moved, outcome.Displaced);
    }

    /// <summary>The first whole minute at or after <paramref name="local"/>: an interval starting before it has begun.</summary>
    private static TimeOnly FirstMinuteNotBegun(TimeOnly local)
    {
        var minute = new TimeOnly(local.Hour, local.Minute);
        return local == minute || minute == new TimeOnly(23, 59) ? minute : minute.AddMinutes(1);
    }

    /// <summary>The checkpoint-local dates from <paramref name="effectiveFrom"/> (not before today) to the 90-day horizon.</summary>
    private static List<DateOnly> DaysOnSale(Checkpoint checkpoint, DateOnly effectiveFrom, DateTimeOffset now)
    {
        var first = new[] { effectiveFrom, checkpoint.DateAt(now) }.Max();
        var last = BookingHorizonRule.LastBookableDate(checkpoint, now);
        var days = new List<DateOnly>();
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            days.Add(date);
        }

        return days;
    }
}

/// <summary>Why a capacity plan change was refused beyond the plan's own rules.</summary>
public static class CapacityPlanErrors
{
    /// <summary>At most this many intervals are named in the answer; the count says how many there are.</summary>
    private const int NamedIntervals = 20;

    public static DomainError BelowBookings(IReadOnlyList<SlotCount> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        return new DomainError(
            "capacity-below-bookings",
            $"The change leaves {intervals.Count} interval(s) already on sale with more bookings than places, and not all of them can move: a vehicle there is already called or on its way. Keep at least as many places there; nothing was changed.",
            ErrorKind.Conflict,
            "R22")
        {
            Errors = new Dictionary<string, string[]>
            {
                ["intervals"] = [.. intervals.Take(NamedIntervals).Select(i => string.Create(
                    CultureInfo.InvariantCulture,
                    $"{i.Date:yyyy-MM-dd} {TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(i.StartMinute)):HH\\:mm}: {i.Booked} booked, {i.Capacity} place(s)"))],
            },
        };
    }
}
