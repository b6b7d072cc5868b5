using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Application.Ledger.Common;

/// <summary>
/// R24's limit: money received on a Kazakhstan day D must be remitted by the end of day
/// D + (<see cref="RemittanceOptions.DeadlineDays"/> − 1); from the day after, it is overdue.
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
        var lastDay = received.AddDays(options.DeadlineDays - 1);
        var today = KazakhstanTime.DayOf(clock.GetUtcNow());
        return today > lastDay ? new OverdueRemittance(received, lastDay, today.DayNumber - lastDay.DayNumber) : null;
    }
}

public sealed record OverdueRemittance(DateOnly ReceivedOn, DateOnly DueBy, int DaysLate);
