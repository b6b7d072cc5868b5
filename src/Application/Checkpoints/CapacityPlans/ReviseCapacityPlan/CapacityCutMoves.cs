using Ardalis.Specification;
using Seo.Application.Accounts;
using Seo.Application.Common;
using Seo.Application.Common.Mapping;
using Seo.Application.Common.Ports;
using Seo.Application.Messaging.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;
using Seo.Domain.Messaging;
using Seo.Domain.Notifications;

namespace Seo.Application.Checkpoints.CapacityPlans.ReviseCapacityPlan;

/// <summary>A booking a capacity cut moved, as the change's answer lists it.</summary>
public sealed record CapacityMoveDto(Guid BookingId, string Number, DateOnly FromDate, string FromStart, DateOnly ToDate, string ToStart, DateTimeOffset RespondBy)
{
    /// <summary>The checkpoint it went to: its own, or one its owner allowed (R22).</summary>
    public required string ToCheckpoint { get; init; }
}

/// <summary>
/// A booking a closure left with no interval up to the horizon: displaced until <paramref name="RespondBy"/>
/// (placed on any date free, or refunded), or, unpaid (<paramref name="RespondBy"/> null), ended.
/// </summary>
public sealed record DisplacedBookingDto(Guid BookingId, string Number, DateOnly Date, string Start, DateTimeOffset? RespondBy);

/// <summary>What a capacity cut did to the bookings over its new figures, and the intervals it could not clear.</summary>
public sealed record CapacityCutOutcome(IReadOnlyList<CapacityMoveDto> Moved, IReadOnlyList<DisplacedBookingDto> Displaced, IReadOnlyList<SlotCount> Stranded);

/// <summary>
/// R22, R28: when a capacity change leaves an interval with more bookings than places, the
/// bookings over the new figure are moved, in the change's transaction, to the nearest interval
/// with a free place — of the same checkpoint, or of one on the same border its owner allowed
/// (<see cref="Booking.AlternativeCheckpoints"/>; a tie goes to its own, then to the owner's
/// order): the last issued first, priority bookings (R6) after all others. Each move is free and not one of the owner's reschedules, and its owner is told
/// once, in the cabinet, by SMS and by push. A booking with no free place left up to the horizon
/// (a closure) is displaced: placed later on any date free, or refunded (<see cref="Booking.Displace"/>).
/// An interval whose bookings cannot all leave (a vehicle already called) is returned, and the
/// caller refuses the whole change.
/// </summary>
public sealed class CapacityCutMoves(
    IRepository<Booking> bookings,
    IRepository<Checkpoint> checkpoints,
    ICapacityLedger ledger,
    OwnerNotices notices,
    JourneyPolicy journey,
    BookingOptions options)
{
    public async Task<CapacityCutOutcome> MoveAsync(
        Checkpoint checkpoint, IReadOnlyList<SlotCount> overbooked, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(overbooked);
        var moved = new List<CapacityMoveDto>();
        var displaced = new List<DisplacedBookingDto>();
        var stranded = new List<SlotCount>();
        var targets = new TargetCheckpoints(checkpoint, checkpoints, ledger, journey, now);
        foreach (var slot in overbooked.OrderBy(s => s.Date).ThenBy(s => s.StartMinute))
        {
            var start = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(slot.StartMinute));
            var inInterval = await bookings.ListAsync(new MovableBookingsInIntervalSpec(checkpoint.Id, slot.Date, start), cancellationToken);
            var toMove = inInterval
                .Where(b => b.IsMovableByCapacityCut(now))
                .OrderBy(b => b.IsPriority)
                .ThenByDescending(b => b.IssuedAt)
                .ThenByDescending(b => b.SequenceNumber)
                .Take(slot.Booked - slot.Capacity)
                .ToList();
            var left = slot.Booked - slot.Capacity - toMove.Count;
            foreach (var booking in toMove)
            {
                var move = await MoveOneAsync(checkpoint, booking, targets, reason, now, cancellationToken);
                if (move is null)
                {
                    displaced.Add(await DisplaceAsync(checkpoint, booking, reason, now, cancellationToken));
                    continue;
                }

                moved.Add(move);
            }

            if (left > 0)
            {
                stranded.Add(slot);
            }
        }

        return new CapacityCutOutcome(moved, displaced, stranded);
    }

    private async Task<DisplacedBookingDto> DisplaceAsync(Checkpoint checkpoint, Booking booking, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var respondBy = now + options.DisplacementResponse;
        var displaced = booking.Displace(respondBy, now);
        if (!displaced.IsSuccess)
        {
            throw new InvalidOperationException($"Booking {booking.Id} was selected as movable but refused to be displaced: {displaced.Error}");
        }

        var notice = Guid.CreateVersion7();
        var text = displaced.Value
            ? CapacityTexts.Displaced(checkpoint.NameInMessages, booking.Number, booking.Interval, reason, respondBy, checkpoint.TimeZone.GetUtcOffset(now))
            : CapacityTexts.HoldEnded(checkpoint.NameInMessages, booking.Number, booking.Interval, reason);
        await notices.TellAsync(Notification.OfDisplacement(booking.Owner.AccountId, notice, booking.Id, text, now), notice, checkpoint.Id, MessageKind.Displacement, cancellationToken);
        return new DisplacedBookingDto(booking.Id.Value, booking.Number, booking.Interval.Date, LocalTimeText.Of(booking.Interval.Start), displaced.Value ? respondBy : null);
    }

    private async Task<CapacityMoveDto?> MoveOneAsync(
        Checkpoint checkpoint, Booking booking, TargetCheckpoints targets, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = booking.Interval;
        foreach (var (at, target) in await targets.NearestToAsync(booking, cancellationToken))
        {
            var sequence = await ledger.TryReserveAsync(at.Checkpoint, target, booking.IsPriority, cancellationToken);
            if (!sequence.IsSuccess)
            {
                if (sequence.Error == CapacityErrors.SlotFull)
                {
                    at.MarkFull(target);
                }

                // R6: a day whose priority share is used up may still have room on another day.
                continue;
            }

            var respondBy = new[] { now + options.CapacityCutResponse, target.StartsAt }.Min();
            // A copy of its own: the store keeps an interval as part of its booking, so two bookings never share one.
            var moved = booking.MoveForCapacityCut(target with { }, sequence.Value, respondBy, now, at.Checkpoint.Id);
            if (!moved.IsSuccess)
            {
                throw new InvalidOperationException($"Booking {booking.Id} was selected as movable but refused the move: {moved.Error}");
            }

            await TellAsync(checkpoint, at.Checkpoint, booking, from, reason, respondBy, now, cancellationToken);
            return new CapacityMoveDto(booking.Id.Value, booking.Number, from.Date, LocalTimeText.Of(from.Start), target.Date, LocalTimeText.Of(target.Start), respondBy)
            {
                ToCheckpoint = at.Checkpoint.Id.Value,
            };
        }

        return null;
    }

    private async Task TellAsync(
        Checkpoint checkpoint, Checkpoint to, Booking booking, BookedInterval from, string reason, DateTimeOffset respondBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var move = Guid.CreateVersion7();
        var text = CapacityTexts.Moved(
            checkpoint.NameInMessages, booking.Number, from, booking.Interval, reason, respondBy, checkpoint.TimeZone.GetUtcOffset(now), to == checkpoint ? null : to.NameInMessages);
        await notices.TellAsync(Notification.OfCapacityMove(booking.Owner.AccountId, move, booking.Id, text, now), move, to.Id, MessageKind.CapacityMove, cancellationToken);
    }

    /// <summary>
    /// The checkpoints a cut's bookings may go to — the changed one, and those their owners allowed
    /// — each with its candidate intervals, read once per change.
    /// </summary>
    private sealed class TargetCheckpoints(Checkpoint own, IRepository<Checkpoint> checkpoints, ICapacityLedger ledger, JourneyPolicy journey, DateTimeOffset now)
    {
        private readonly Dictionary<CheckpointCode, CandidateIntervals?> _read = [];

        /// <summary>Every free interval the booking may go to, nearest its own first; a tie goes to its own checkpoint, then to the owner's order, then to the later.</summary>
        public async Task<List<(CandidateIntervals At, BookedInterval Interval)>> NearestToAsync(Booking booking, CancellationToken cancellationToken)
        {
            var from = booking.Interval;
            var options = new List<(CandidateIntervals At, BookedInterval Interval, int Preference)>();
            var allowed = new[] { own.Id }.Concat(booking.AlternativeCheckpoints).ToList();
            for (var preference = 0; preference < allowed.Count; preference++)
            {
                if (await ReadAsync(allowed[preference], cancellationToken) is { } at)
                {
                    options.AddRange(at.Free(from, booking.Checkpoint).Select(interval => (at, interval, preference)));
                }
            }

            return [.. options
                .OrderBy(o => (o.Interval.StartsAt - from.StartsAt).Duration())
                .ThenBy(o => o.Preference)
                .ThenByDescending(o => o.Interval.StartsAt)
                .Select(o => (o.At, o.Interval))];
        }

        private async Task<CandidateIntervals?> ReadAsync(CheckpointCode code, CancellationToken cancellationToken)
        {
            if (!_read.TryGetValue(code, out var candidates))
            {
                var checkpoint = code == own.Id ? own : await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(code), cancellationToken);
                candidates = checkpoint is null ? null : new CandidateIntervals(checkpoint, now, journey, await ledger.FullIntervalsAsync(
                    checkpoint.Id, checkpoint.DateAt(now), BookingHorizonRule.LastBookableDate(checkpoint, now), cancellationToken));
                _read[code] = candidates;
            }

            return candidates;
        }
    }

    /// <summary>
    /// The intervals a moved booking may go to, nearest first: same checkpoint, from now to the
    /// 90-day horizon, on each day's own schedule. Earlier than the booked time only where booking
    /// is still open (R29), so that the owner can be reminded in time; later ones at any time.
    /// </summary>
    private sealed class CandidateIntervals(Checkpoint checkpoint, DateTimeOffset now, JourneyPolicy journey, IReadOnlySet<(DateOnly Date, TimeOnly Start)> full)
    {
        private readonly HashSet<(DateOnly Date, TimeOnly Start)> _full = [.. full];
        private List<BookedInterval>? _all;

        public Checkpoint Checkpoint => checkpoint;

        /// <summary>The free intervals a booking of <paramref name="from"/> at <paramref name="fromCheckpoint"/> may go to: not its own.</summary>
        public IEnumerable<BookedInterval> Free(BookedInterval from, CheckpointCode fromCheckpoint) =>
            All().Where(i => !_full.Contains((i.Date, i.Start)) && (i != from || checkpoint.Id != fromCheckpoint)
                && (i.StartsAt >= from.StartsAt || !journey.IsBookingClosed(i, now)));

        public void MarkFull(BookedInterval interval) => _full.Add((interval.Date, interval.Start));

        private List<BookedInterval> All() =>
            _all ??= [.. BookedInterval.OfferedBetween(checkpoint, checkpoint.DateAt(now), BookingHorizonRule.LastBookableDate(checkpoint, now))
                .Where(interval => interval.StartsAt > now)];
    }
}

/// <summary>The bookings of one interval that hold its capacity and may still be moved (R22, R28).</summary>
public sealed class MovableBookingsInIntervalSpec : Specification<Booking>
{
    public MovableBookingsInIntervalSpec(CheckpointCode checkpoint, DateOnly date, TimeOnly start) =>
        Query.Where(b => b.Checkpoint == checkpoint && b.Interval.Date == date && b.Interval.Start == start
            && (b.Status == BookingStatus.AwaitingPayment || b.Status == BookingStatus.Confirmed) && b.CalledAt == null);
}
