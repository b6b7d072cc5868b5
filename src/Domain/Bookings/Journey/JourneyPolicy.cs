namespace Seo.Domain.Bookings.Journey;

/// <summary>
/// The times of a booking's journey at the checkpoint (R29–R35), from configuration
/// (<c>Seo:Journey</c>); every instant is derived from the booked interval.
/// </summary>
public sealed record JourneyPolicy
{
    /// <summary>R29: the reminder comes at least this long before the booked time.</summary>
    public static readonly TimeSpan MinimumReminderLead = TimeSpan.FromHours(24);

    public JourneyPolicy(TimeSpan bookingCloses, TimeSpan reminderLead, TimeSpan arrivalGrace, TimeSpan earliestArrival, CallSeasonCalendar seasons, TimeSpan? sweepMargin = null)
    {
        SweepMargin = sweepMargin ?? TimeSpan.FromMinutes(5);
        ArgumentOutOfRangeException.ThrowIfLessThan(SweepMargin, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(seasons);
        ArgumentOutOfRangeException.ThrowIfLessThan(bookingCloses, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(reminderLead, MinimumReminderLead);
        ArgumentOutOfRangeException.ThrowIfLessThan(arrivalGrace, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(earliestArrival, TimeSpan.Zero);
        BookingCloses = bookingCloses;
        ReminderLead = reminderLead;
        ArrivalGrace = arrivalGrace;
        EarliestArrival = earliestArrival;
        Seasons = seasons;
    }

    /// <summary>
    /// Defaults: booking closes 25 h before an interval starts, so that a booking paid within its
    /// hold still gets its R29 reminder 24 h ahead; 30 minutes of grace after the interval; arrival
    /// from 24 h before the interval; reminders and calls go out 5 minutes before they are due.
    /// </summary>
    public static JourneyPolicy Default { get; } = new(TimeSpan.FromHours(25), MinimumReminderLead, TimeSpan.FromMinutes(30), TimeSpan.FromHours(24), CallSeasonCalendar.Default);

    /// <summary>
    /// How much earlier than due the sweeps send reminders and calls: a sweep runs every few
    /// seconds, so "at least 24 h" and "at least 60/120 min" hold even when one fires late.
    /// </summary>
    public TimeSpan SweepMargin { get; }

    /// <summary>How long before an interval starts booking it (or moving into it) closes.</summary>
    public TimeSpan BookingCloses { get; }

    /// <summary>R29: how long before the booked time the reminder is sent.</summary>
    public TimeSpan ReminderLead { get; }

    /// <summary>R28, R35: how long after its interval a vehicle may still arrive (or leave the zone once called).</summary>
    public TimeSpan ArrivalGrace { get; }

    /// <summary>How long before its interval a vehicle may enter the waiting zone (and wait there, R31).</summary>
    public TimeSpan EarliestArrival { get; }

    public CallSeasonCalendar Seasons { get; }

    public DateTimeOffset ClosesAt(BookedInterval interval) => interval!.StartsAt - BookingCloses;

    /// <summary>Whether booking <paramref name="interval"/> (or moving into it) has closed at <paramref name="now"/>; without a lead, a running interval is still open.</summary>
    public bool IsBookingClosed(BookedInterval interval, DateTimeOffset now) => BookingCloses > TimeSpan.Zero && ClosesAt(interval) <= now;

    public DateTimeOffset RemindAt(BookedInterval interval) => interval!.StartsAt - ReminderLead;

    /// <summary>R34: when the vehicle is called: 60 (summer) / 120 (winter) minutes before its booked time, by default.</summary>
    public DateTimeOffset CallAt(BookedInterval interval) => interval!.StartsAt - Seasons.LeadOn(interval.Date);

    /// <summary>R28, R35: after this instant an arrival is late and a missing one a no-show.</summary>
    public DateTimeOffset LateAfter(BookedInterval interval) => interval!.EndsAt + ArrivalGrace;

    public DateTimeOffset ArrivesFrom(BookedInterval interval) => interval!.StartsAt - EarliestArrival;

    /// <summary>R29: at <paramref name="now"/>, bookings starting by this instant are due their reminder.</summary>
    public DateTimeOffset RemindBy(DateTimeOffset now) => now + ReminderLead + SweepMargin;

    /// <summary>R34: at <paramref name="now"/>, no booking starting after this instant can be due its call.</summary>
    public DateTimeOffset CallLookahead(DateTimeOffset now) => now + Seasons.LongestLead + SweepMargin;

    /// <summary>R34: whether the call for <paramref name="interval"/> is due at <paramref name="now"/>.</summary>
    public bool IsCallDue(BookedInterval interval, DateTimeOffset now) => now >= CallAt(interval) - SweepMargin && now < LateAfter(interval);
}
