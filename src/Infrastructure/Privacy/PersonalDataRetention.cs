using Microsoft.EntityFrameworkCore;
using Seo.Domain.Bookings;
using Seo.Infrastructure.Persistence;

namespace Seo.Infrastructure.Privacy;

/// <summary>What one retention sweep removed.</summary>
public sealed record RetentionSweep(int CheckRecords, int IdempotentAnswers, int BookingsErased)
{
    public bool Any => CheckRecords + IdempotentAnswers + BookingsErased > 0;
}

/// <summary>
/// Deletes and erases personal data past its retention (<see cref="RetentionOptions"/>), measured on
/// the application clock. Each step only matches rows not yet handled, so a repeated or
/// interrupted sweep resumes where it stopped and repeats nothing.
/// </summary>
internal sealed class PersonalDataRetention(SeoDbContext db, RetentionOptions options, TimeProvider clock)
{
    public async Task<RetentionSweep> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var checkCutoff = now - options.CheckRecords;
        var answerCutoff = now - options.IdempotentAnswers;
        int checks, answers;
        using (await SqliteWriteGate.EnterAsync(db, cancellationToken))
        {
            checks = await db.VerificationRecords.Where(r => r.RecordedAt < checkCutoff).ExecuteDeleteAsync(cancellationToken);
            answers = await db.IdempotencyRecords.Where(r => r.CreatedAt < answerCutoff).ExecuteDeleteAsync(cancellationToken);
        }

        var erased = await EraseFinishedBookingsAsync(now, cancellationToken);
        return new RetentionSweep(checks, answers, erased);
    }

    private async Task<int> EraseFinishedBookingsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - options.FinishedBookingPersonalData;
        var total = 0;
        while (true)
        {
            // ClosedAt is set only when a booking leaves the active statuses, and never cleared.
            var batch = await db.Bookings
                .Where(b => b.PersonalDataErasedAt == null && b.ClosedAt != null && b.ClosedAt < cutoff)
                .OrderBy(b => b.ClosedAt)
                .Take(options.BatchSize)
                .ToListAsync(cancellationToken);
            var erased = batch.Count(b => b.ErasePersonalData(now).IsSuccess);
            using (await SqliteWriteGate.EnterAsync(db, cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
            total += erased;
            if (batch.Count < options.BatchSize || erased == 0)
            {
                return total;
            }
        }
    }
}
