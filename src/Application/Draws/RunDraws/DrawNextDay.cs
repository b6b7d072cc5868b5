using System.Text.Json;
using Mediator;
using Seo.Application.Accounts;
using Seo.Application.Bookings.Common;
using Seo.Application.Bookings.Create;
using Seo.Application.Checkpoints;
using Seo.Application.Common;
using Seo.Application.Common.Ports;
using Seo.Application.Draws.Common;
using Seo.Application.Draws.Enter;
using Seo.Application.Messaging.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Draws;
using Seo.Domain.Messaging;
using Seo.Domain.Notifications;
using Seo.Domain.Payments;

namespace Seo.Application.Draws.RunDraws;

/// <summary>
/// Runs the oldest due draw (its window closed, not drawn yet), all in one transaction: orders
/// the day's entries by <see cref="FairDraw.Order"/>, gives each in turn a hold in its interval
/// or the nearest free one of the day (docs/fair-release.md), tells every applicant, and reveals
/// the seed. A crash anywhere rolls all of it back and the next sweep draws again from the same
/// seed and entries, to the same result; two instances drawing at once cannot both commit (the
/// draw's version is its concurrency token). Returns 1 when it drew a day, 0 when none was due.
/// </summary>
public sealed record DrawNextDay : ICommand<Result<int>>;

public sealed class DrawNextDayHandler(
    IRepository<DayDraw> draws,
    IRepository<DrawEntry> entries,
    IRepository<Booking> bookings,
    IRepository<Account> accounts,
    IRepository<Checkpoint> checkpoints,
    OwnerNotices notices,
    ICapacityLedger ledger,
    Tariffs.TariffHistory tariffs,
    BookingOptions options,
    JourneyPolicy journey,
    TimeProvider clock) : ICommandHandler<DrawNextDay, Result<int>>
{
    public async ValueTask<Result<int>> Handle(DrawNextDay command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = (await draws.ListAsync(new DueDrawsSpec(now, 1), cancellationToken)).FirstOrDefault();
        if (due is null)
        {
            return 0;
        }

        var draw = (await draws.FirstOrDefaultAsync(new DayDrawSpec(due.Checkpoint, due.Date), cancellationToken))!;
        var checkpoint = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(CheckpointCode.Create(draw.Checkpoint).Value), cancellationToken);
        if (checkpoint is null)
        {
            return CheckpointErrors.NotFound;
        }

        var pending = await entries.ListAsync(new PendingEntriesOfDaySpec(draw.Checkpoint, draw.Date), cancellationToken);
        var tariff = await tariffs.CurrentAsync(cancellationToken);
        var order = FairDraw.Order(draw.Seed, pending, e => e.Id, e => FairDraw.Applicant(draw.Seed, e.AccountId));
        var full = new HashSet<TimeOnly>();
        var numbers = new Dictionary<Guid, string>();
        var dayFull = false;
        for (var i = 0; i < order.Count; i++)
        {
            var entry = order[i];
            var applicant = FairDraw.Applicant(draw.Seed, entry.AccountId);
            if (dayFull)
            {
                entry.Lost(i + 1, applicant, now);
                continue;
            }

            var placed = await PlaceAsync(entry, checkpoint, tariff, full, now, cancellationToken);
            if (placed.Booking is { } booking)
            {
                entry.Won(i + 1, applicant, booking.Interval.Start, now);
                numbers[entry.Id] = booking.Number;
                await bookings.AddAsync(booking, cancellationToken);
            }
            else if (placed.DayFull)
            {
                dayFull = true;
                entry.Lost(i + 1, applicant, now);
            }
            else
            {
                entry.Voided(i + 1, applicant, now);
            }
        }

        var completed = draw.Complete(now);
        if (!completed.IsSuccess)
        {
            return completed.Error;
        }

        await TellAsync(order, numbers, checkpoint, now, cancellationToken);
        return 1;
    }

    /// <summary>Where an entry ended: its booking, the day full (lost), or neither (void: no longer bookable).</summary>
    private sealed record Placement(Booking? Booking, bool DayFull);

    private static readonly Placement Void = new(null, false);

    private async Task<Placement> PlaceAsync(DrawEntry entry, Checkpoint checkpoint, Tariff tariff, HashSet<TimeOnly> full, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<CreateBooking>(entry.Request, DayRelease.RequestJson)!;
        var account = await accounts.FirstOrDefaultAsync(new AccountByIdSpec(new AccountId(entry.AccountId), readOnly: true), cancellationToken);
        var vehicle = request.Vehicle!.ToVehicle();
        var drivers = request.Drivers!.ToDrivers();
        if (account is null || !account.MayBook().IsSuccess || !vehicle.IsSuccess || !drivers.IsSuccess
            || await bookings.AnyAsync(new ActiveBookingsOfVehicleSpec(vehicle.Value.Vin, vehicle.Value.CountryOfRegistration, vehicle.Value.Plate, readOnly: true), cancellationToken))
        {
            // R27, R21: the account may no longer book, or the vehicle holds a booking made since (e.g. another checkpoint's draw).
            return Void;
        }

        var priority = request.Priority ?? PriorityCategory.None;
        foreach (var start in Candidates(checkpoint, entry.Date, entry.Start))
        {
            if (full.Contains(start))
            {
                continue;
            }

            var interval = BookedInterval.Create(checkpoint, entry.Date, start).Value;
            var sequence = await ledger.TryReserveAsync(checkpoint, interval, priority != PriorityCategory.None, cancellationToken);
            if (sequence.Error == CapacityErrors.SlotFull)
            {
                full.Add(start);
                continue;
            }

            if (!sequence.IsSuccess)
            {
                // R6: the day's priority share is used up; this entry gets no place, others may.
                return Void;
            }

            var issued = Booking.Issue(
                new BookingRequest(
                    new BookingId(entry.ReservedBookingId), account, checkpoint, interval, vehicle.Value, drivers.Value, priority, request.Cargo.ToCargo(),
                    CreateBookingHandler.FeeFor(tariff, priority, now), sequence.Value, options.PaymentHold, false, false, journey.BookingCloses, tariff.Version),
                now);
            if (issued.IsSuccess)
            {
                return new Placement(issued.Value, false);
            }

            await ledger.ReleaseAsync(checkpoint.Id, interval, priority != PriorityCategory.None, cancellationToken);
            return Void;
        }

        return new Placement(null, DayFull: true);
    }

    /// <summary>
    /// The day's intervals in the order an entry tries them: nearest to the one asked for first
    /// (by minutes between their starts; on a tie the earlier), or from the day's first for "the
    /// first free time".
    /// </summary>
    public static IEnumerable<TimeOnly> Candidates(Checkpoint checkpoint, DateOnly date, TimeOnly? asked)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var schedule = checkpoint.CapacityOn(date);
        if (schedule.IsClosed)
        {
            return [];
        }

        var starts = schedule.IntervalStarts().ToList();
        return asked is not { } wanted
            ? starts.Order()
            : starts.OrderBy(s => Math.Abs((s.ToTimeSpan() - wanted.ToTimeSpan()).TotalMinutes)).ThenBy(s => s);
    }

    private async Task TellAsync(IReadOnlyList<DrawEntry> decided, Dictionary<Guid, string> numbers, Checkpoint checkpoint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var offset = checkpoint.TimeZone.GetUtcOffset(now);
        foreach (var entry in decided)
        {
            var text = entry.Outcome switch
            {
                DrawOutcome.Won => DrawTexts.Won(entry, checkpoint.NameLatin, numbers[entry.Id], now + options.PaymentHold, offset),
                DrawOutcome.Lost => DrawTexts.Lost(entry, checkpoint.NameLatin),
                _ => DrawTexts.Voided(entry, checkpoint.NameLatin),
            };
            var account = new AccountId(entry.AccountId);
            var booking = entry.BookingId is { } id ? new BookingId(id) : (BookingId?)null;
            await notices.TellAsync(Notification.OfDrawResult(account, entry.Id, booking, text, now), entry.Id, checkpoint.Id, MessageKind.DrawResult, cancellationToken);
        }
    }
}
