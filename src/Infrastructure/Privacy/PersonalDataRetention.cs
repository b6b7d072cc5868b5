using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Seo.Domain.Bookings;
using Seo.Infrastructure.Persistence;

namespace Seo.Infrastructure.Privacy;

/// <summary>What one retention sweep removed.</summary>
public sealed record RetentionSweep(int CheckRecords, int BookingsErased)
{
    public bool Any => CheckRecords + BookingsErased > 0;
}

/// <summary>
/// Deletes check records and erases drivers past their retention (<see cref="RetentionOptions"/>), measured on
/// the application clock. Each step only matches rows not yet handled, so a repeated or
/// interrupted sweep resumes where it stopped and repeats nothing.
/// </summary>
internal sealed class PersonalDataRetention(SeoDbContext db, IOptions<RetentionOptions> retention, TimeProvider clock)
{
    private RetentionOptions Options => retention.Value;

    public async Task<RetentionSweep> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var checkCutoff = now - Options.CheckRecords;
        int checks;
        using (await SqliteWriteGate.EnterAsync(db, cancellationToken))
        {
            checks = await db.VerificationRecords.Where(r => r.RecordedAt < checkCutoff).ExecuteDeleteAsync(cancellationToken);
        }

        var erased = await EraseFinishedBookingsAsync(now, cancellationToken);
        return new RetentionSweep(checks, erased);
    }

    private async Task<int> EraseFinishedBookingsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - Options.FinishedBookingPersonalData;
        var total = 0;
        while (true)
        {
            // ClosedAt is set only when a booking leaves the active statuses, and never cleared.
            var batch = await db.Bookings
                .Where(b => b.PersonalDataErasedAt == null && b.ClosedAt != null && b.ClosedAt < cutoff)
                .OrderBy(b => b.ClosedAt)
                .Take(Options.BatchSize)
                .ToListAsync(cancellationToken);
            var erased = batch.Count(b => b.ErasePersonalData(now).IsSuccess);
            using (await SqliteWriteGate.EnterAsync(db, cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
            total += erased;
            if (batch.Count < Options.BatchSize || erased == 0)
            {
                return total;
            }
        }
    }
}
