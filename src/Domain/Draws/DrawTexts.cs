namespace Seo.Domain.Draws;

/// <summary>The words telling an applicant what its draw entry came to, the same in the cabinet and on the phone.</summary>
public static class DrawTexts
{
    public static string Won(DrawEntry entry, string checkpointName, string bookingNumber, DateTimeOffset holdExpiresAt, TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return FormattableString.Invariant(
            $"Draw for {checkpointName} checkpoint on {entry.Date:yyyy-MM-dd}: entry {entry.Id} won booking {bookingNumber} at {entry.WonStart:HH\\:mm} (checkpoint time). Pay it by {holdExpiresAt.ToOffset(offset):yyyy-MM-dd HH\\:mm} (checkpoint time) or the place goes back on sale (R23).");
    }

    public static string Lost(DrawEntry entry, string checkpointName)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return FormattableString.Invariant($"Draw for {checkpointName} checkpoint on {entry.Date:yyyy-MM-dd}: entry {entry.Id} drew no place (position {entry.Position}). ")
            + "What is left of the day is on sale now, first come first served; the draw is published for anyone to verify.";
    }

    public static string Voided(DrawEntry entry, string checkpointName) =>
        FormattableString.Invariant(
            $"Draw for {checkpointName} checkpoint on {entry.Date:yyyy-MM-dd}: entry {entry.Id} could not be booked when drawn (the vehicle already had a booking, or the account may not book). Other days remain open.");
}
