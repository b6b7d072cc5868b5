using System.Text.Json;
using Seo.Application.Bookings.Create;
using Seo.Application.Common.Ports;
using Seo.Application.Draws.Common;
using Seo.Application.Verification.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Draws;
using Seo.Domain.Vehicles;
using Seo.Domain.Verification;

namespace Seo.Application.Draws.Enter;

/// <summary>
/// The booking path's view of the fair release (docs/fair-release.md): whether a request for a
/// day is a draw entry (its opening window is open), takes the entry, and tells which days are
/// held back until their draw has run. Taking an entry is one existence check and one insert.
/// </summary>
public sealed class DayRelease(
    IRepository<DrawEntry> entries,
    IRepository<DayDraw> draws,
    IRepository<VerificationRecord> verificationRecords,
    VerificationRun checks,
    DrawWindow window)
{
    /// <summary>How the request is kept: the same JSON the API receives, so the draw issues the booking from exactly what was asked.</summary>
    public static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web);

    public bool IsEntry(Checkpoint checkpoint, DateOnly date, DateTimeOffset now) => window.IsOpen(checkpoint, date, now);

    /// <summary>
    /// Takes the request, already checked as a booking would be, as an entry in its day's draw:
    /// one entry per vehicle (by VIN, or plate within its country) and day. The registry checks
    /// are recorded against the booking the entry becomes if it wins.
    /// </summary>
    public async Task<Result<DrawEntryDto>> EnterAsync(
        CreateBooking command, Guid account, Checkpoint checkpoint, DateOnly date, TimeOnly? start, Vehicle vehicle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(vehicle);
        var code = checkpoint.Id.Value;
        var plateKey = PlateKey(vehicle);
        if (await entries.AnyAsync(new EntryOfVehicleSpec(code, date, vehicle.Vin.Value, plateKey), cancellationToken))
        {
            return DrawErrors.EntryExists;
        }

        var entry = DrawEntry.Enter(
            code, date, account, vehicle.Vin.Value, plateKey, start, JsonSerializer.Serialize(command, RequestJson), window.ClosesAt(checkpoint, date), now);
        await entries.AddAsync(entry, cancellationToken);
        if (checks.Report is not null)
        {
            await verificationRecords.AddAsync(checks.Booked(new BookingId(entry.ReservedBookingId), date, now), cancellationToken);
        }

        var draw = await draws.FirstOrDefaultAsync(new DayDrawSpec(code, date, readOnly: true), cancellationToken);
        return ToDto(entry, draw?.Commitment);
    }

    /// <summary>
    /// Whether <paramref name="date"/> is held back: its window has closed but its draw has not
    /// run yet, so nobody can take a place ahead of the draw. Asked of the store only in the day
    /// after the window closed.
    /// </summary>
    public async Task<Result> OnSaleAsync(Checkpoint checkpoint, DateOnly date, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (!window.Enabled)
        {
            return Result.Success();
        }

        var closesAt = window.ClosesAt(checkpoint, date);
        if (now < DrawWindow.OpensAt(checkpoint, date) || now >= closesAt + TimeSpan.FromDays(1))
        {
            return Result.Success();
        }

        var draw = await draws.FirstOrDefaultAsync(new DayDrawSpec(checkpoint.Id.Value, date, readOnly: true), cancellationToken);
        var undrawnEntries = draw is null && await entries.AnyAsync(new PendingEntriesOfDaySpec(checkpoint.Id.Value, date), cancellationToken);
        return draw is { IsDrawn: false } || undrawnEntries ? DrawErrors.DrawPending(closesAt) : Result.Success();
    }

    /// <summary>The days between two dates held back until their draw; the first-free search skips them.</summary>
    public async Task<IReadOnlySet<DateOnly>> HeldBackDaysAsync(Checkpoint checkpoint, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (!window.Enabled)
        {
            return new HashSet<DateOnly>();
        }

        return (await draws.ListAsync(new UndrawnDaysSpec(checkpoint.Id.Value, firstDate, lastDate), cancellationToken)).ToHashSet();
    }

    public static string PlateKey(Vehicle vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return $"{vehicle.CountryOfRegistration.Value}:{vehicle.Plate.Value}";
    }

    public static DrawEntryDto ToDto(DrawEntry entry, string? commitment)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new DrawEntryDto(
            entry.Id, entry.Checkpoint, entry.Date, entry.Start?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), entry.DrawAt, commitment, entry.Outcome, entry.BookingId);
    }
}
