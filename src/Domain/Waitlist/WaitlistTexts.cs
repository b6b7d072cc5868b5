using Seo.Domain.Bookings;

namespace Seo.Domain.Waitlist;

/// <summary>The words of a waitlist offer, the same in the cabinet and on the phone.</summary>
public static class WaitlistTexts
{
    public static string Offered(string checkpointName, string bookingNumber, BookedInterval booked, BookedInterval offered, bool free, DateTimeOffset expiresAt, TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(booked);
        ArgumentNullException.ThrowIfNull(offered);
        return FormattableString.Invariant(
            $"An earlier place freed at {checkpointName} checkpoint: {offered.Date:yyyy-MM-dd} {offered.Start:HH\\:mm} (checkpoint time) instead of {booked.Date:yyyy-MM-dd} {booked.Start:HH\\:mm} for booking {bookingNumber}. ")
            + FormattableString.Invariant(
                $"It is held for you until {expiresAt.ToOffset(offset):yyyy-MM-dd HH\\:mm}; accept it in the cabinet, or it goes to the next carrier waiting. ")
            + (free ? "Moving is one of your free reschedules (R28)." : "You have used your free reschedules: moving costs the reschedule fee (R28).");
    }
}
