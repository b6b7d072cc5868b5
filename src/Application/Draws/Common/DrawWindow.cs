using Seo.Domain.Bookings.Rules;
using Seo.Domain.Checkpoints;

namespace Seo.Application.Draws.Common;

/// <summary>When a checkpoint-day's opening window is open: from the moment the day enters the horizon, for <see cref="DrawOptions.OpeningWindow"/>.</summary>
public sealed class DrawWindow(DrawOptions options)
{
    public bool Enabled => options.OpeningWindow > TimeSpan.Zero;

    /// <summary>R22: the day enters the horizon at checkpoint-local midnight, 90 days before it.</summary>
    public static DateTimeOffset OpensAt(Checkpoint checkpoint, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return checkpoint.ToInstant(date.AddDays(-BookingHorizonRule.HorizonDays), TimeOnly.MinValue);
    }

    public DateTimeOffset ClosesAt(Checkpoint checkpoint, DateOnly date) => OpensAt(checkpoint, date) + options.OpeningWindow;

    /// <summary>Whether requests for <paramref name="date"/> are draw entries at <paramref name="now"/>.</summary>
    public bool IsOpen(Checkpoint checkpoint, DateOnly date, DateTimeOffset now) =>
        Enabled && OpensAt(checkpoint, date) <= now && now < ClosesAt(checkpoint, date);

    /// <summary>The day that entered the horizon most recently at <paramref name="now"/>, whose window may be open.</summary>
    public static DateOnly NewestDay(Checkpoint checkpoint, DateTimeOffset now) => BookingHorizonRule.LastBookableDate(checkpoint, now);
}
