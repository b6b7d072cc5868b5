using Seo.Domain.Common;

namespace Seo.Domain.Draws;

/// <summary>What became of a draw entry.</summary>
public enum DrawOutcome
{
    /// <summary>Waiting for the draw.</summary>
    Pending,

    /// <summary>Drawn in time: the entry's vehicle holds a booking, to be paid within the usual hold (R23).</summary>
    Won,

    /// <summary>Drawn after the day's places ran out; the applicant may book what is left.</summary>
    Lost,

    /// <summary>Could no longer be booked at the draw (the vehicle booked meanwhile, R21; the account blocked, R27; its checks expired).</summary>
    Void,
}

/// <summary>
/// One booking request for a day in its opening window, kept until the draw. Its id is the
/// applicant's pseudonymous reference, published with the draw. One entry per vehicle and day
/// (by VIN, and by plate within its country), backed by unique indexes.
/// </summary>
public sealed class DrawEntry : AggregateRoot<Guid>
{
    public const int MaxRequestLength = 16_000;

    private DrawEntry()
    {
    }

    public string Checkpoint { get; private set; } = string.Empty;

    public DateOnly Date { get; private set; }

    public Guid AccountId { get; private set; }

    public string Vin { get; private set; } = string.Empty;

    /// <summary>The plate within its country, e.g. "KZ:123ABC02".</summary>
    public string PlateKey { get; private set; } = string.Empty;

    /// <summary>The interval asked for; none for "the first free time" of the day.</summary>
    public TimeOnly? Start { get; private set; }

    /// <summary>The booking request as sent (JSON), to issue the booking from at the draw.</summary>
    public string Request { get; private set; } = string.Empty;

    public DateTimeOffset EnteredAt { get; private set; }

    /// <summary>When the draw is due (the window's close), as the applicant was told.</summary>
    public DateTimeOffset DrawAt { get; private set; }

    public DrawOutcome Outcome { get; private set; }

    /// <summary>The place in the draw order, from 1.</summary>
    public int? Position { get; private set; }

    /// <summary>The applicant's pseudonym in the draw (<see cref="FairDraw.Applicant"/>).</summary>
    public string? Applicant { get; private set; }

    /// <summary>The booking this entry becomes if it wins (its registry checks are recorded against it).</summary>
    public Guid ReservedBookingId { get; private set; }

    /// <summary>The booking issued to a winning entry.</summary>
    public Guid? BookingId { get; private set; }

    public TimeOnly? WonStart { get; private set; }

    public static DrawEntry Enter(
        string checkpoint, DateOnly date, Guid account, string vin, string plateKey, TimeOnly? start, string request, DateTimeOffset drawAt, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Length, MaxRequestLength);
        return new DrawEntry
        {
            Id = Guid.CreateVersion7(),
            Checkpoint = checkpoint,
            Date = date,
            AccountId = account,
            Vin = vin,
            PlateKey = plateKey,
            Start = start,
            Request = request,
            EnteredAt = now,
            DrawAt = drawAt,
            Outcome = DrawOutcome.Pending,
            ReservedBookingId = Guid.CreateVersion7(),
        };
    }

    public void Won(int position, string applicant, TimeOnly start, DateTimeOffset now) =>
        Decide(DrawOutcome.Won, position, applicant, ReservedBookingId, start, now);

    public void Lost(int position, string applicant, DateTimeOffset now) => Decide(DrawOutcome.Lost, position, applicant, null, null, now);

    public void Voided(int position, string applicant, DateTimeOffset now) => Decide(DrawOutcome.Void, position, applicant, null, null, now);

    private void Decide(DrawOutcome outcome, int position, string applicant, Guid? booking, TimeOnly? start, DateTimeOffset now)
    {
        if (Outcome != DrawOutcome.Pending)
        {
            throw new InvalidOperationException($"Entry {Id} was already drawn ({Outcome}).");
        }

        Outcome = outcome;
        Position = position;
        Applicant = applicant;
        BookingId = booking;
        WonStart = start;
        Raise(new DrawEntryDecided(Id, Checkpoint, Date, outcome, now));
    }
}

public sealed record DrawEntryDecided(Guid EntryId, string Checkpoint, DateOnly Date, DrawOutcome Outcome, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public static class DrawErrors
{
    public static readonly DomainError EntryExists = new(
        "draw-entry-exists", "This vehicle (by VIN or by plate) has already entered this day's draw.", ErrorKind.Conflict, "R21");

    public static readonly DomainError WindowStillOpen = new(
        "draw-window-open", "The day's opening window has not closed yet; the draw follows it.", ErrorKind.Conflict, "R22");

    public static DomainError DrawPending(DateTimeOffset drawAt) => new(
        "day-draw-pending",
        "The day's opening window has closed and its draw has not run yet; what is left is on sale right after it.",
        ErrorKind.Conflict,
        "R22")
    {
        Details = new Dictionary<string, object?> { ["drawAt"] = drawAt },
    };

    public static readonly DomainError NotFound = DomainError.NotFound("draw-not-found", "No draw for this checkpoint-day: it was released without an opening window.");
}
