using Ardalis.Specification;
using FluentValidation;
using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Domain.Alerts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Live.RebuildLive;

/// <summary>
/// Rebuilds the live views (one checkpoint or all) from the write store: the bookings of the
/// checkpoint around today with their journey status, and its alerts. Used by a registrar, and at
/// start for the in-process model (which starts empty). Device heartbeats and camera reads are
/// not in the write store as a state: they are kept as they are.
/// </summary>
/// <remarks>A plain request, not a command: it writes only the read model (see RebuildAvailability).</remarks>
public sealed record RebuildLive(string? Checkpoint = null) : IRequest<Result<LiveRebuildDto>>;

public sealed class RebuildLiveValidator : AbstractValidator<RebuildLive>
{
    public RebuildLiveValidator() => RuleFor(r => r.Checkpoint).MustBe(CheckpointCode.Create).When(r => r.Checkpoint is not null);
}

/// <summary>
/// Two passes, as the availability rebuild: pass 1 replaces the checkpoint's vehicles and alerts
/// with a snapshot; an event applied between that snapshot and the replace would be lost, so
/// pass 2 reads again and merges. Rebuilt vehicles only ever move a booking forward
/// (<see cref="LiveVehicle"/>), so a pass never undoes an event applied meanwhile.
/// </summary>
public sealed class RebuildLiveHandler(
    IRepository<Checkpoint> checkpoints, IRepository<Booking> bookings, IRepository<CheckpointAlert> alerts, ICheckpointLiveReadModel live, TimeProvider clock)
    : IRequestHandler<RebuildLive, Result<LiveRebuildDto>>
{
    public async ValueTask<Result<LiveRebuildDto>> Handle(RebuildLive request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<Checkpoint> targets;
        if (request.Checkpoint is not null)
        {
            var one = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(CheckpointCode.Create(request.Checkpoint).Value), cancellationToken);
            if (one is null)
            {
                return CheckpointErrors.NotFound;
            }

            targets = [one];
        }
        else
        {
            targets = [.. (await checkpoints.ListAsync(new AllCheckpointsSpec(), cancellationToken)).OrderBy(c => c.Id.Value, StringComparer.Ordinal)];
        }

        var (vehicles, openAlerts) = (0, 0);
        foreach (var checkpoint in targets)
        {
            var first = await SnapshotAsync(checkpoint, cancellationToken);
            await live.ReplaceAsync(checkpoint.Id.Value, first, clock.GetUtcNow(), cancellationToken);
            var second = await SnapshotAsync(checkpoint, cancellationToken);
            foreach (var entry in second)
            {
                await live.ApplyAsync(checkpoint.Id.Value, entry, stamp: null, cancellationToken);
            }

            vehicles += second.OfType<LiveVehicle>().Count();
            openAlerts += second.OfType<LiveAlert>().Count(alert => alert.IsOpen);
        }

        return new LiveRebuildDto(targets.Count, vehicles, openAlerts);
    }

    private async Task<List<LiveEntry>> SnapshotAsync(Checkpoint checkpoint, CancellationToken cancellationToken)
    {
        // Read before the rows: every event committed before this instant is in what is read.
        var readAt = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(checkpoint.LocalTime(readAt));
        var entries = new List<LiveEntry>();
        foreach (var booking in await bookings.ListAsync(new LiveBookingsSpec(checkpoint.Id, today), cancellationToken))
        {
            var status = booking.Status.ToString();
            var stage = JourneyStages.StageOf(status);

            // A closed booking's status is dated by its closing (the day's crossings count by it).
            var at = stage is JourneyStage.Crossed or JourneyStage.Closed && booking.ClosedAt is { } closed ? closed : readAt;
            entries.Add(LiveVehicle.From(booking.ToJourney(), status, at) with { Rebuilt = true });
        }

        foreach (var alert in await alerts.ListAsync(new LiveAlertsSpec(checkpoint.Id, readAt.AddDays(-1)), cancellationToken))
        {
            entries.Add(new LiveAlert(
                alert.Id.Value, alert.Kind.ToString(), alert.Message, alert.DeviceId, alert.Plate, alert.BookingId?.Value, alert.RaisedAt,
                alert.AcknowledgedAt, alert.AcknowledgedBy));
        }

        return entries;
    }
}

/// <summary>
/// The bookings a live view shows: those of yesterday, today and tomorrow in a status it shows,
/// and any still in the waiting zone or on the territory (an early arrival waits for its interval).
/// Statuses are chosen by name (<see cref="JourneyStages"/>).
/// </summary>
public sealed class LiveBookingsSpec : Specification<Booking>
{
    public LiveBookingsSpec(CheckpointCode checkpoint, DateOnly today)
    {
        var shown = Statuses(stage => stage != JourneyStage.None);
        var present = Statuses(stage => stage is JourneyStage.InWaitingZone or JourneyStage.Called or JourneyStage.OnTerritory);
        var (from, to) = (today.AddDays(-1), today.AddDays(1));
        Query.Where(b => b.Checkpoint == checkpoint && shown.Contains(b.Status)
                && ((b.Interval.Date >= from && b.Interval.Date <= to) || present.Contains(b.Status)))
            .AsNoTracking();
    }

    private static List<BookingStatus> Statuses(Func<JourneyStage, bool> wanted) =>
        [.. Enum.GetValues<BookingStatus>().Where(status => wanted(JourneyStages.StageOf(status.ToString())))];
}

/// <summary>A checkpoint's open alerts, and those acknowledged since <paramref name="since"/> (so that a late copy of their raise does not reopen them).</summary>
public sealed class LiveAlertsSpec : Specification<CheckpointAlert>
{
    public LiveAlertsSpec(CheckpointCode checkpoint, DateTimeOffset since) =>
        Query.Where(a => a.Checkpoint == checkpoint && (a.AcknowledgedAt == null || a.AcknowledgedAt >= since)).AsNoTracking();
}
