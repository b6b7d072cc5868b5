using Seo.Domain.Bookings.Journey;

namespace Seo.Application.Common;

/// <summary>
/// The <c>Seo:Journey</c> section: the times of a booking's journey at the checkpoint (R29–R35).
/// Validated at start: a reminder under 24 h (R29) or a call under 60/120 min (R34) is refused.
/// </summary>
public sealed class JourneyOptions
{
    public const string Section = "Seo:Journey";

    public TimeSpan BookingCloses { get; set; } = JourneyPolicy.Default.BookingCloses;

    public TimeSpan ReminderLead { get; set; } = JourneyPolicy.Default.ReminderLead;

    public TimeSpan ArrivalGrace { get; set; } = JourneyPolicy.Default.ArrivalGrace;

    public TimeSpan EarliestArrival { get; set; } = JourneyPolicy.Default.EarliestArrival;

    public TimeSpan SweepMargin { get; set; } = JourneyPolicy.Default.SweepMargin;

    /// <summary>Effective-dated call seasons; empty means the default (summer 04-01, winter 10-01, 60/120 min).</summary>
    public List<CallSeason> CallSeasons { get; set; } = [];

    public JourneyPolicy ToPolicy() => new(
        BookingCloses,
        ReminderLead,
        ArrivalGrace,
        EarliestArrival,
        CallSeasons.Count == 0 ? CallSeasonCalendar.Default : new CallSeasonCalendar(CallSeasons),
        SweepMargin);
}
