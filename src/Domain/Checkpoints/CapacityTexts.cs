using Seo.Domain.Bookings;

namespace Seo.Domain.Checkpoints;

/// <summary>What an owner is told when a capacity cut moves or displaces their booking (R22, R28).</summary>
public static class CapacityTexts
{
    /// <param name="otherCheckpointName">The checkpoint it moved to, when its owner allowed one other than its own (R22).</param>
    public static string Moved(
        string checkpointName, string bookingNumber, BookedInterval from, BookedInterval to, string reason, DateTimeOffset respondBy, TimeSpan offset, string? otherCheckpointName = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var where = otherCheckpointName is null ? string.Empty : $" at {otherCheckpointName} checkpoint, as you allowed";
        return FormattableString.Invariant(
            $"{checkpointName} checkpoint takes fewer vehicles ({reason}): your booking for {from.Date:yyyy-MM-dd} {from.Start:HH\\:mm} moved to {to.Date:yyyy-MM-dd} {to.Start:HH\\:mm} (checkpoint time){where}, number {bookingNumber}. ")
            + FormattableString.Invariant(
                $"Free of charge, and not one of your reschedules (R28). Until {respondBy.ToOffset(offset):yyyy-MM-dd HH\\:mm} (checkpoint time) you may pick another interval, also free.");
    }

    public static string Displaced(string checkpointName, string bookingNumber, BookedInterval from, string reason, DateTimeOffset respondBy, TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(from);
        return FormattableString.Invariant(
            $"{checkpointName} checkpoint closes ({reason}) and no interval up to the booking horizon has a place for your booking {bookingNumber} for {from.Date:yyyy-MM-dd} {from.Start:HH\\:mm} (checkpoint time). ")
            + FormattableString.Invariant(
                $"Place it on any date that has a place, free of charge and not one of your reschedules, or ask for your fee back (R28). If you have not chosen by {respondBy.ToOffset(offset):yyyy-MM-dd HH\\:mm} (checkpoint time), the fee is refunded.");
    }

    public static string HoldEnded(string checkpointName, string bookingNumber, BookedInterval from, string reason)
    {
        ArgumentNullException.ThrowIfNull(from);
        return FormattableString.Invariant(
            $"{checkpointName} checkpoint closes ({reason}) and no interval up to the booking horizon has a place for your unpaid booking {bookingNumber} for {from.Date:yyyy-MM-dd} {from.Start:HH\\:mm} (checkpoint time): it has ended and nothing was charged. Book another date.");
    }
}
