using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Domain.Bookings.Rules;

/// <summary>
/// R22: nothing is booked in the past, nor more than 90 calendar days ahead; days are counted
/// in the checkpoint's local dates. R29: booking an interval closes <paramref name="bookingCloses"/>
/// before it starts, so that its reminder can still come in time.
/// </summary>
public sealed class BookingHorizonRule(Checkpoint checkpoint, BookedInterval interval, DateTimeOffset now, TimeSpan bookingCloses) : IRule
{
    public const int HorizonDays = 90;

    public Result Check()
    {
        if (interval.EndsAt <= now)
        {
            return BookingErrors.IntervalInThePast;
        }

        if (bookingCloses > TimeSpan.Zero && interval.StartsAt - bookingCloses <= now)
        {
            return BookingErrors.BookingClosed(bookingCloses);
        }

        return interval.Date > LastBookableDate(checkpoint, now) ? BookingErrors.BeyondHorizon : Result.Success();
    }

    /// <summary>The last checkpoint-local date that may be booked at <paramref name="now"/>.</summary>
    public static DateOnly LastBookableDate(Checkpoint checkpoint, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return DateOnly.FromDateTime(checkpoint.LocalTime(now)).AddDays(HorizonDays);
    }
}
