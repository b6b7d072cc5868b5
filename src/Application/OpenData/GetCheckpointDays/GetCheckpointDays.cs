using Ardalis.Specification;
using FluentValidation;
using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Application.OpenData.Common;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.OpenData.GetCheckpointDays;

/// <summary>
/// A checkpoint's open data, day by day (checkpoint-local dates, the last seven to today by
/// default, at most <see cref="GetCheckpointDaysValidator.MaxDays"/>): what the plan sold and what
/// was booked (the capacity ledger), and what actually happened (the journey's events): arrivals,
/// crossings, no-shows, and the waits from arrival to entry and from the booked time to the crossing.
/// Anonymous: it names no vehicle, owner or driver.
/// </summary>
public sealed record GetCheckpointDays(string Checkpoint, DateOnly? From, DateOnly? To) : IQuery<Result<CheckpointDaysDto>>;

public sealed record CheckpointDaysDto(string Checkpoint, DateOnly From, DateOnly To, IReadOnlyList<CheckpointDayDto> Days);

/// <summary>
/// One day. Waits are in minutes, averaged and at the 90th percentile (nearest rank) over the
/// vehicles that have both instants; null where none has. <see cref="AverageBookedToCrossingMinutes"/>
/// counts from the booked interval's start and is negative for a vehicle that crossed before it.
/// </summary>
public sealed record CheckpointDayDto(
    DateOnly Date,
    int Capacity,
    int Booked,
    int Arrived,
    int Crossed,
    int NoShows,
    int AnnulledLate,
    int RefusedEntry,
    double? AverageWaitMinutes,
    double? P90WaitMinutes,
    double? AverageBookedToCrossingMinutes,
    double? P90BookedToCrossingMinutes);

public sealed class GetCheckpointDaysValidator : AbstractValidator<GetCheckpointDays>
{
    public const int MaxDays = 92;

    public GetCheckpointDaysValidator()
    {
        RuleFor(q => q.Checkpoint).MustBe(CheckpointCode.Create);
        RuleFor(q => q.From).PlausibleDate();
        RuleFor(q => q.To).PlausibleDate();
    }
}

public sealed class GetCheckpointDaysHandler(CheckpointCatalog checkpoints, ICapacityLedger ledger, IRepository<CheckpointVisit> visits, TimeProvider clock)
    : IQueryHandler<GetCheckpointDays, Result<CheckpointDaysDto>>
{
    public async ValueTask<Result<CheckpointDaysDto>> Handle(GetCheckpointDays query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var checkpoint = await checkpoints.FindAsync(CheckpointCode.Create(query.Checkpoint).Value, cancellationToken);
        if (checkpoint is null)
        {
            return CheckpointErrors.NotFound;
        }

        var to = query.To ?? (query.From?.AddDays(6) ?? checkpoint.DateAt(clock.GetUtcNow()));
        var from = query.From ?? to.AddDays(-6);
        if (DayRange.Refusal(from, to, GetCheckpointDaysValidator.MaxDays) is { } refusal)
        {
            return refusal;
        }

        var slots = (await ledger.SlotCountsAsync(checkpoint.Id, from, to, cancellationToken)).ToLookup(s => s.Date);
        var visited = (await visits.ListAsync(new VisitsOfCheckpointSpec(checkpoint.Id.Value, from, to), cancellationToken)).ToLookup(v => v.Date);
        var days = new List<CheckpointDayDto>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            days.Add(DayOf(checkpoint, date, slots[date].ToList(), visited[date].ToList()));
        }

        return new CheckpointDaysDto(checkpoint.Id.Value, from, to, days);
    }

    /// <summary>
    /// A day's figures. Capacity and bookings come from the ledger (a day nobody booked has no rows:
    /// the plan's figure and none booked); the rest from the visits.
    /// </summary>
    private static CheckpointDayDto DayOf(Checkpoint checkpoint, DateOnly date, List<SlotCount> slots, List<VisitRow> visits)
    {
        var capacity = slots.Count > 0 ? slots.Sum(s => s.Capacity) : checkpoint.CapacityOn(date).DailyThroughput;
        var waits = visits.Where(v => v.ArrivedAt is not null && v.EnteredAt is not null).Select(v => (v.EnteredAt!.Value - v.ArrivedAt!.Value).TotalMinutes).ToList();
        var lateness = visits.Where(v => v.CrossedAt is not null).Select(v => (v.CrossedAt!.Value - v.BookedStartsAt).TotalMinutes).ToList();
        return new CheckpointDayDto(
            date,
            capacity,
            slots.Sum(s => s.Booked),
            visits.Count(v => v.ArrivedAt is not null),
            visits.Count(v => v.CrossedAt is not null),
            visits.Count(v => v.NoShow),
            visits.Count(v => v.AnnulledLate),
            visits.Count(v => v.RefusedEntry),
            Minutes.Average(waits),
            Minutes.P90(waits),
            Minutes.Average(lateness),
            Minutes.P90(lateness));
    }
}

/// <summary>The published figures of a list of durations in minutes, to a tenth of a minute.</summary>
public static class Minutes
{
    public static double? Average(IReadOnlyCollection<double> minutes) =>
        minutes is { Count: > 0 } ? Math.Round(minutes.Average(), 1) : null;

    /// <summary>The 90th percentile by nearest rank: the smallest value that at least 90% of the values do not exceed.</summary>
    public static double? P90(IReadOnlyCollection<double> minutes)
    {
        if (minutes is not { Count: > 0 })
        {
            return null;
        }

        var sorted = minutes.Order().ToList();
        return Math.Round(sorted[(int)Math.Ceiling(0.9 * sorted.Count) - 1], 1);
    }
}

/// <summary>What the day's figures read of a visit.</summary>
public sealed record VisitRow(
    DateOnly Date, DateTimeOffset BookedStartsAt, DateTimeOffset? ArrivedAt, DateTimeOffset? EnteredAt, DateTimeOffset? CrossedAt, bool NoShow, bool AnnulledLate, bool RefusedEntry);

/// <summary>The visits counted for a checkpoint's days.</summary>
public sealed class VisitsOfCheckpointSpec : Specification<CheckpointVisit, VisitRow>
{
    public VisitsOfCheckpointSpec(string checkpoint, DateOnly from, DateOnly to)
    {
        Query.Where(v => v.Checkpoint == checkpoint && v.Date >= from && v.Date <= to).AsNoTracking();
        Query.Select(v => new VisitRow(v.Date, v.BookedStartsAt, v.ArrivedAt, v.EnteredAt, v.CrossedAt, v.NoShow, v.AnnulledLate, v.RefusedEntry));
    }
}
