using System.Globalization;
using System.Text;
using Seo.Domain.Bookings.Journey;

namespace Seo.Domain.Messaging;

/// <summary>
/// The words of the journey's messages, the same in the personal cabinet and on the phone: the
/// booking's number, the checkpoint, the date and interval in checkpoint-local time, what to do,
/// and — for annulments — that the fee is not refunded (R28).
/// </summary>
public static class JourneyTexts
{
    /// <summary>R29: at least 24 hours ahead.</summary>
    public static string Reminder(JourneyBooking booking, string checkpointName)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return Invariant(
            $"Reminder: booking {booking.Number} for vehicle {booking.Plate} at {checkpointName} checkpoint is on {Interval(booking)} (checkpoint time). ") +
            "Come to the checkpoint or its waiting zone within this interval. A vehicle that does not arrive in its interval loses the booking and the fee is not refunded (R35, R28).";
    }

    /// <summary>R34: the call from the waiting zone (or, not yet there, to come straight on).</summary>
    public static string Call(JourneyBooking booking, bool inWaitingZone, string checkpointName)
    {
        ArgumentNullException.ThrowIfNull(booking);
        // Sentences joined, not one filled into another, so that each is translated on its own (Localization/MessageCatalogue).
        var whatToDo = inWaitingZone
            ? $"Leave the waiting zone now and drive to {checkpointName} checkpoint. "
            : $"Drive to {checkpointName} checkpoint now; your vehicle is not yet registered in the waiting zone. ";
        return Invariant($"Your vehicle {booking.Plate} is called (booking {booking.Number}, {Interval(booking)}, checkpoint time). ")
            + whatToDo
            + "If it does not leave the waiting zone or arrive in time, the booking is annulled and the fee is not refunded (R28).";
    }

    /// <summary>R35, R28: annulled; which fault, and that the fee is kept.</summary>
    public static string Annulment(JourneyBooking booking, AnnulmentReason reason, string checkpointName)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var why = reason switch
        {
            AnnulmentReason.NoShow => "the vehicle did not arrive in its interval (R35)",
            AnnulmentReason.LateArrival => "the vehicle arrived at the checkpoint after its interval (R28)",
            AnnulmentReason.LateDeparture => "the vehicle did not leave the waiting zone in time after it was called (R28)",
            _ => "the vehicle missed its interval",
        };
        return Invariant(
            $"Booking {booking.Number} for vehicle {booking.Plate} at {checkpointName} checkpoint on {Interval(booking)} (checkpoint time) is annulled: {why}. ") +
            "The fee is not refunded (R28). To cross, book a new interval.";
    }

    /// <summary>R33: the call list for the officers, in queue order (R31).</summary>
    public static string CallList(string checkpointName, DateTime calledAtLocal, IReadOnlyList<JourneyBooking> vehicles)
    {
        ArgumentNullException.ThrowIfNull(vehicles);
        var text = new StringBuilder(Invariant($"Call list, {checkpointName} checkpoint, {calledAtLocal:dd.MM.yyyy HH:mm} (checkpoint time), {vehicles.Count} vehicle(s) in queue order:"));
        for (var i = 0; i < vehicles.Count; i++)
        {
            var v = vehicles[i];
            text.Append(Invariant($" {i + 1}. {v.Plate} (booking {v.Number}, {v.Start:HH\\:mm}-{End(v):HH\\:mm}{(v.Priority ? ", priority" : string.Empty)});"));
        }

        return text.ToString();
    }

    private static string Interval(JourneyBooking booking) =>
        Invariant($"{booking.Date:dd.MM.yyyy} {booking.Start:HH\\:mm}-{End(booking):HH\\:mm}");

    /// <summary>The interval's local end: its local start plus its length, so no time zone is needed here.</summary>
    private static TimeOnly End(JourneyBooking booking) => booking.Start.Add(booking.EndsAt - booking.StartsAt);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
