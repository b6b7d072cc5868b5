using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Application.Ledger.Common;

/// <summary>
/// R24's limit: money received on a Kazakhstan day D must be remitted by the end of the
/// <see cref="RemittanceOptions.DeadlineDays"/>-th day counted from D, D itself being the first when
/// it counts (calendar days by default: D + 2; with working days, weekends and holidays are skipped);
/// from the day after, it is overdue.
/// </summary>
public sealed class RemittanceDeadline(ILedgerReader ledger, RemittanceOptions options, TimeProvider clock)
{
    /// <summary>The day the oldest unremitted money was received, when it is overdue; null when nothing is.</summary>
    public async Task<OverdueRemittance?> OverdueAsync(CancellationToken cancellationToken)
    {
        if (await ledger.OldestUnremittedAsync(cancellationToken) is not { } oldest)
        {
            return null;
        }

        var received = KazakhstanTime.DayOf(oldest);
        var lastDay = DueBy(received);
        var today = KazakhstanTime.DayOf(clock.GetUtcNow());
        return today > lastDay ? new OverdueRemittance(received, lastDay, today.DayNumber - lastDay.DayNumber) : null;
    }

    /// <summary>The last day money received on <paramref name="received"/> may be remitted on.</summary>
    public DateOnly DueBy(DateOnly received) => DueBy(received, options);

    /// <summary>The last day money received on <paramref name="received"/> may be remitted on, under <paramref name="options"/>.</summary>
    public static DateOnly DueBy(DateOnly received, RemittanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Days == RemittanceDays.Calendar)
        {
            return received.AddDays(options.DeadlineDays - 1);
        }

        var day = received;
        var counted = 0;
        while (true)
        {
            var working = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !options.Holidays.Contains(day);
            if (working && ++counted == options.DeadlineDays)
            {
                return day;
            }

            day = day.AddDays(1);
        }
    }
}

public sealed record OverdueRemittance(DateOnly ReceivedOn, DateOnly DueBy, int DaysLate);
