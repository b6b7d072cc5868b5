using Mediator;
using Seo.Application.Accounts;
using Seo.Application.Bookings.Caps;
using Seo.Application.Bookings.Common;
using Seo.Application.Checkpoints;
using Seo.Application.Common;
using Seo.Application.Common.Ports;
using Seo.Application.Draws.Enter;
using Seo.Application.Verification.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Capacity;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Notifications;
using Seo.Domain.Payments;
using Seo.Domain.Verification;
using Seo.Domain.Vehicles;

namespace Seo.Application.Bookings.Create;

public sealed class CreateBookingHandler(
    CreateBookingEligibility eligibility,
    IRepository<Booking> bookings,
    ICapacityLedger ledger,
    SlotAvailability availability,
    BookingCapPolicy caps,
    DayRelease release,
    IRepository<VerificationRecord> verificationRecords,
    IRepository<Notification> notifications,
    VerificationRun checks,
    IUnitOfWork unitOfWork,
    Tariffs.TariffHistory tariffs,
    BookingOptions options,
    JourneyPolicy journey,
    TimeProvider clock) : ICommandHandler<CreateBooking, Result<BookingRequestOutcome>>
{
    public async ValueTask<Result<BookingRequestOutcome>> Handle(CreateBooking command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        // R15, R27, R3, R6 and R22, in the order the pre-transaction read ran them.
        var eligible = await eligibility.CheckAsync(command, CreateBookingEligibility.Reading.InTransaction, now, cancellationToken);
        if (!eligible.IsSuccess)
        {
            return eligible.Error;
        }

        var (account, checkpoint, vehicle, drivers, priority, cargo, requested, documents) = eligible.Value;

        // R21 before anything is reserved; the unique index on active VIN and plate backs it under races.
        var (vinTaken, plateTaken) = await VehicleHoldsAsync(vehicle, now, cancellationToken);
        var oneActive = new OneActiveBookingPerVehicleRule(vinTaken, plateTaken).Check();
        if (!oneActive.IsSuccess)
        {
            return oneActive.Error;
        }

        // R16.4 with R20: every driver's identity document must still be valid on the booked date.
        if (requested is not null && documents.ValidOn(requested.Date) is { IsSuccess: false } expired)
        {
            return expired.Error;
        }

        // The account's caps (unpaid holds, share of the day, the vehicle's cool-down), counted
        // behind the account's gate so that parallel requests of one account are decided in turn.
        var capped = await caps.MayHoldAsync(account.Id, vehicle, checkpoint.Id, requested?.Date, now, cancellationToken);
        if (!capped.IsSuccess)
        {
            return capped.Error;
        }

        // R19/R20: the registries answered before this transaction began (RegistryChecksBehavior);
        // the decision is taken here, against the booked date, before capacity is taken, so a
        // refused request takes nothing. No answers means the pre-transaction read expected a
        // refusal that a concurrent change has since lifted: no registry was asked, so the
        // request is retried rather than reported as an outage.
        if (checks.Report is not { } report)
        {
            return ConcurrencyErrors.ConcurrentChange;
        }

        var decided = requested is not null ? report.DecideFor(requested.Date) : report.Decide();
        if (!decided.IsSuccess)
        {
            return decided.Error;
        }

        // R22 fair release: a request for a day in its opening window is a draw entry, not a race
        // for places; a day whose window closed is on sale only once its draw has run.
        var releaseDay = requested?.Date ?? CheckedDate(checkpoint, null, command.FirstFreeFrom, now);
        if (release.IsEntry(checkpoint, releaseDay, now))
        {
            var entry = await release.EnterAsync(command, account.Id.Value, checkpoint, releaseDay, requested?.Start, vehicle, now, cancellationToken);
            return entry.IsSuccess ? new BookingRequestOutcome(null, entry.Value) : entry.Error;
        }

        if (requested is not null && await release.OnSaleAsync(checkpoint, requested.Date, now, cancellationToken) is { IsSuccess: false } heldBack)
        {
            return heldBack.Error;
        }

        // Read before a place is taken: from the reservation to the commit the interval's row is
        // locked, so nothing that could come first is left after it.
        var tariff = await tariffs.CurrentAsync(cancellationToken);
        var isPriority = priority != PriorityCategory.None;
        var reserved = requested is not null
            ? await ReserveAsync(checkpoint, requested, isPriority, cancellationToken)
            : await ReserveFirstFreeAsync(checkpoint, account.Id, command.FirstFreeFrom!.Value, isPriority, report, documents, now, cancellationToken);
        if (!reserved.IsSuccess)
        {
            return reserved.Error;
        }

        var (interval, sequenceNumber) = reserved.Value;
        var issued = Booking.Issue(
            new BookingRequest(
                BookingId.New(),
                account,
                checkpoint,
                interval,
                vehicle,
                drivers,
                priority,
                cargo,
                FeeFor(tariff, priority, now),
                sequenceNumber,
                options.PaymentHold,
                vinTaken,
                plateTaken,
                journey.BookingCloses,
                tariff.Version),
            now);
        if (!issued.IsSuccess)
        {
            return issued.Error;
        }

        await bookings.AddAsync(issued.Value, cancellationToken);
        await verificationRecords.AddAsync(checks.Booked(issued.Value.Id, interval.Date, now), cancellationToken);
        var notices = await notifications.NotifyAsync(report, account.Id, issued.Value.Id, now, cancellationToken);
        return new BookingRequestOutcome(issued.Value.ToDto() with { Notices = notices }, null);
    }

    /// <summary>The date the documents are checked against: the requested interval's, or the first day the first-free search looks at.</summary>
    internal static DateOnly CheckedDate(Checkpoint checkpoint, BookedInterval? requested, DateTimeOffset? firstFreeFrom, DateTimeOffset now) =>
        requested?.Date ?? DateOnly.FromDateTime(checkpoint.LocalTime(firstFreeFrom > now ? firstFreeFrom.Value : now));

    /// <summary>
    /// Whether the vehicle's VIN or plate is held by an active booking. An unpaid hold that ran
    /// out but was not swept yet is expired here, in this transaction, so it never blocks its
    /// own vehicle (R21) or keeps its place.
    /// </summary>
    private async Task<(bool VinTaken, bool PlateTaken)> VehicleHoldsAsync(Vehicle vehicle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var active = await bookings.ListAsync(new ActiveBookingsOfVehicleSpec(vehicle.Vin, vehicle.CountryOfRegistration, vehicle.Plate), cancellationToken);
        foreach (var lapsed in active.Where(b => b.Status == BookingStatus.AwaitingPayment && b.HoldExpiresAt <= now))
        {
            lapsed.Expire(now);
        }

        // The lapsed holds' places are given back now (CapacityRelease), so this booking may take one of them.
        await unitOfWork.ReactToRaisedEventsAsync(cancellationToken);

        var stillActive = active.Where(b => b.IsActive).ToList();
        return (stillActive.Any(b => b.Vehicle.Vin == vehicle.Vin), stillActive.Any(b => b.Vehicle.Plate == vehicle.Plate && b.Vehicle.CountryOfRegistration == vehicle.CountryOfRegistration));
    }

    /// <summary>
    /// The booking fee in force today, with the expedited fee for paid priority. Fees are national:
    /// the day is Kazakhstan's (UTC+5), the one the registrar enters tariff entries for.
    /// </summary>
    internal static Money FeeFor(Tariff tariff, PriorityCategory priority, DateTimeOffset now)
    {
        var today = KazakhstanTime.DayOf(now);
        var fee = tariff.FeeFor(FeeKind.Booking, today);
        return priority == PriorityCategory.PaidExpedited ? fee + tariff.FeeFor(FeeKind.Expedited, today) : fee;
    }

    private async Task<Result<(BookedInterval Interval, int SequenceNumber)>> ReserveAsync(
        Checkpoint checkpoint, BookedInterval interval, bool priority, CancellationToken cancellationToken)
    {
        var sequence = await ledger.TryReserveAsync(checkpoint, interval, priority, cancellationToken);
        return sequence.IsSuccess ? (interval, sequence.Value) : sequence.Error;
    }

    /// <summary>
    /// R16.1 "the first free time": walks the checkpoint's intervals from the requested moment to
    /// the horizon, skipping the ones the availability read model shows full, and takes the first
    /// the ledger can still reserve: a candidate another request took (or the read model has not
    /// caught up with) just fails and the next is tried. A failed attempt means the interval was
    /// full when the ledger looked, so the search never gives up while a place is left in range:
    /// after <see cref="BookingOptions.FirstFreeAttempts"/> such failures in a row the read model
    /// is evidently behind, and the ledger itself says which of the remaining intervals are full.
    /// R20: the search ends on the last day the checked documents are valid on.
    /// </summary>
    private async Task<Result<(BookedInterval Interval, int SequenceNumber)>> ReserveFirstFreeAsync(
        Checkpoint checkpoint, AccountId account, DateTimeOffset from, bool priority, VerificationReport report, IdentityDocumentValidity documents, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var start = from > now ? from : now;
        // R29: intervals whose booking has closed are not offered, so the search starts at the first open one's day.
        var firstOpen = now + journey.BookingCloses;
        var firstDate = DateOnly.FromDateTime(checkpoint.LocalTime(start > firstOpen ? start : firstOpen));
        var horizon = BookingHorizonRule.LastBookableDate(checkpoint, now);
        if (firstDate > horizon)
        {
            return BookingErrors.BeyondHorizon;
        }

        var validOnFirstDate = report.ValidOn(firstDate);
        if (!validOnFirstDate.IsSuccess)
        {
            return validOnFirstDate.Error;
        }

        var documentsOnFirstDate = documents.ValidOn(firstDate);
        if (!documentsOnFirstDate.IsSuccess)
        {
            return documentsOnFirstDate.Error;
        }

        // R20: the search ends on the earliest last day of validity, a registry's term or a driver's document.
        var lastDate = new[] { report.ValidThrough, documents.ValidThrough, horizon }.Min()!.Value;
        var endedByValidity = lastDate < horizon;
        var endedByIdentityDocument = endedByValidity && documents.ValidThrough == lastDate;

        var full = await availability.FullIntervalsAsync(checkpoint, firstDate, lastDate, cancellationToken);
        // Days on which the account has used up its share are not offered to it.
        var daysAtShare = await caps.DaysAtShareAsync(account, checkpoint.Id, firstDate, lastDate, now, cancellationToken);
        // Days whose draw has not run yet are not on sale (R22 fair release).
        var heldBack = await release.HeldBackDaysAsync(checkpoint, firstDate, lastDate, cancellationToken);
        var racesLost = 0;
        var quotaExhausted = false;
        for (var date = firstDate; date <= lastDate; date = date.AddDays(1))
        {
            if (daysAtShare.Contains(date) || heldBack.Contains(date))
            {
                continue;
            }

            var schedule = checkpoint.CapacityOn(date);
            if (schedule.IsClosed)
            {
                continue;
            }

            foreach (var intervalStart in schedule.IntervalStarts())
            {
                if (full.Contains((date, intervalStart)))
                {
                    continue;
                }

                var interval = BookedInterval.Create(checkpoint, date, intervalStart).Value;
                if (interval.EndsAt <= start || journey.IsBookingClosed(interval, now))
                {
                    continue;
                }

                var sequence = await ledger.TryReserveAsync(checkpoint, interval, priority, cancellationToken);
                if (sequence.IsSuccess)
                {
                    return (interval, sequence.Value);
                }

                if (sequence.Error == CapacityErrors.PriorityQuotaExhausted)
                {
                    // R6 is per day: this day's priority share is used up, the next day's may not be.
                    quotaExhausted = true;
                    break;
                }

                if (sequence.Error != CapacityErrors.SlotFull)
                {
                    return sequence.Error;
                }

                if (++racesLost % Math.Max(1, options.FirstFreeAttempts) == 0)
                {
                    full = await ledger.FullIntervalsAsync(checkpoint.Id, date, lastDate, cancellationToken);
                }
            }
        }

        if (quotaExhausted)
        {
            return CapacityErrors.PriorityQuotaExhausted;
        }

        return endedByIdentityDocument ? documents.NothingFreeWhileValid()
            : endedByValidity ? report.NothingFreeWhileValid()
            : CapacityErrors.NoFreeInterval;
    }
}
