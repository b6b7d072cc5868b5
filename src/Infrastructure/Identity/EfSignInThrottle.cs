using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Persistence.SignIn;

namespace Seo.Infrastructure.Identity;

/// <summary>
/// The sign-in lockout in the write store (table SignInFailureCounts), so that every instance on
/// one store sees the same counts. A failure is one atomic increment (or the row's first insert),
/// so concurrent failures are all counted; the lockout is then extended, never shortened.
/// </summary>
internal sealed class EfSignInThrottle(SeoDbContext db, SignInOptions options, TimeProvider clock) : ISignInThrottle
{
    public async Task<TimeSpan?> LockedForAsync(string email, string? clientAddress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var keys = KeysOf(email, clientAddress).Select(k => k.Key).ToList();
        var until = await db.SignInFailureCounts.AsNoTracking()
            .Where(c => keys.Contains(c.Key) && c.LockedUntil > now)
            .Select(c => (long?)c.LockedUntil)
            .MaxAsync(cancellationToken);
        return until is { } locked ? TimeSpan.FromMilliseconds(locked - now) : null;
    }

    public async Task RecordFailureAsync(string email, string? clientAddress, CancellationToken cancellationToken)
    {
        foreach (var (key, lockout) in KeysOf(email, clientAddress))
        {
            await CountFailureAsync(key, lockout, cancellationToken);
        }
    }

    public async Task RecordSuccessAsync(string email, CancellationToken cancellationToken)
    {
        var key = EmailKey(email);
        using var turn = await SqliteWriteGate.EnterAsync(db, cancellationToken);
        await db.SignInFailureCounts.Where(c => c.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task CountFailureAsync(string key, LockoutSettings lockout, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var forgotten = now - (long)options.ForgetAfter.TotalMilliseconds;
        using var turn = await SqliteWriteGate.EnterAsync(db, cancellationToken);
        var counted = await Increment(key, now, forgotten, cancellationToken);
        if (counted == 0)
        {
            db.SignInFailureCounts.Add(new SignInFailureCount { Key = key, Failures = 1, LastFailureAt = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is DbUpdateException or PersistenceConflictException)
            {
                // Another instance counted this key's first failure at the same moment: count on its row.
                await Increment(key, now, forgotten, cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }

            // Each new key clears away the forgotten ones, so the table holds only recent failures.
            await db.SignInFailureCounts.Where(c => c.LastFailureAt < forgotten && c.LockedUntil < now).ExecuteDeleteAsync(cancellationToken);
        }

        var failures = await db.SignInFailureCounts.AsNoTracking().Where(c => c.Key == key).Select(c => c.Failures).FirstAsync(cancellationToken);
        var lockFor = lockout.LockoutAfter(failures, options.MaxLockout);
        if (lockFor > TimeSpan.Zero)
        {
            var until = now + (long)lockFor.TotalMilliseconds;
            await db.SignInFailureCounts
                .Where(c => c.Key == key && c.LockedUntil < until)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.LockedUntil, until), cancellationToken);
        }
    }

    /// <summary>Counts one more failure, or the first again if the last one is forgotten; how many rows it changed (0 or 1).</summary>
    private Task<int> Increment(string key, long now, long forgotten, CancellationToken cancellationToken) =>
        db.SignInFailureCounts
            .Where(c => c.Key == key)
            .ExecuteUpdateAsync(
                c => c
                    .SetProperty(x => x.Failures, x => x.LastFailureAt < forgotten ? 1 : x.Failures + 1)
                    .SetProperty(x => x.LastFailureAt, now),
                cancellationToken);

    private IEnumerable<(string Key, LockoutSettings Lockout)> KeysOf(string email, string? clientAddress)
    {
        yield return (EmailKey(email), options.Account);
        if (!string.IsNullOrEmpty(clientAddress))
        {
            yield return ("a:" + db.PersonalData.Lookup(clientAddress), options.Address);
        }
    }

    /// <summary>
    /// E-mails and addresses are personal data: rows are keyed by their keyed hash (the personal-data
    /// look-up key), which a copy of the table alone cannot reverse by hashing guesses.
    /// </summary>
    private string EmailKey(string email) => "e:" + db.PersonalData.Lookup(email.Trim().ToLowerInvariant());
}
