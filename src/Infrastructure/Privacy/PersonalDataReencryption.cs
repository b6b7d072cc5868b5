using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Seo.Application.Common.Ports;
using Seo.Domain.Messaging;
using Seo.Infrastructure.Persistence;

namespace Seo.Infrastructure.Privacy;

/// <summary>
/// After a key rotation, re-wraps every stored personal-data value that is not under the active
/// key — and encrypts any value written in clear before encryption existed — batch by batch, each
/// batch in its own save. The rows it looks for are exactly those still to do, so it resumes
/// where an interrupted run stopped; the look-up hashes are recomputed with them. Stored
/// Idempotency-Key answers are left to expire (<see cref="RetentionOptions.IdempotentAnswers"/>):
/// keep a retired key in the ring that long after the sweep reports nothing left. Staff TOTP
/// secrets, which the application encrypts itself (<see cref="KeyRingSecretProtector"/>), are
/// re-wrapped too when the sweep is given their protector.
/// </summary>
internal sealed class PersonalDataReencryption(SeoDbContext db, IOptions<RetentionOptions> options, ISecretProtector? totpSecrets = null)
{
    /// <summary>Rewrites what is not under the active key; returns how many rows were rewritten.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = await RunAccountsAsync(cancellationToken);
        total += await RewrapTotpSecretsAsync(cancellationToken);
        total += await SweepAsync(
            "Bookings", ["Drivers", "OwnerName", "OwnerTaxId"],
            ids =>
            {
                var keys = ids.Select(id => new Domain.Bookings.BookingId(id)).ToList();
                return db.Bookings.Where(b => keys.Contains(b.Id));
            }, cancellationToken);
        total += await SweepAsync(
            "VerificationRecords", ["Outcomes"],
            ids =>
            {
                var keys = ids.Select(id => new Domain.Verification.VerificationRecordId(id)).ToList();
                return db.VerificationRecords.Where(r => keys.Contains(r.Id));
            }, cancellationToken);
        total += await SweepAsync("DrawEntries", ["Request"], ids => db.DrawEntries.Where(e => ids.Contains(e.Id)), cancellationToken);
        total += await SweepAsync(
            "OutboundMessages", ["Destination"],
            ids =>
            {
                var keys = ids.Select(id => new OutboundMessageId(id)).ToList();
                return db.OutboundMessages.Where(m => keys.Contains(m.Id));
            }, cancellationToken);
        return total;
    }

    /// <summary>
    /// The accounts alone: run after every migration, because an account is found at sign-in by the
    /// look-up hash of its e-mail, which rows written before e-mails were encrypted do not have yet.
    /// </summary>
    public Task<int> RunAccountsAsync(CancellationToken cancellationToken) =>
        SweepAsync(
            "Accounts", ["Email", "DisplayName", "OwnerName", "TaxId", "Phone", "ProvenTaxId"],
            ids =>
            {
                var keys = ids.Select(id => new Domain.Accounts.AccountId(id)).ToList();
                return db.Accounts.Where(a => keys.Contains(a.Id));
            }, cancellationToken);

    /// <summary>
    /// TOTP secrets not under the active key (an older key of the ring, or an earlier build's own
    /// key): read with their key, written under the active one. Only staff have them, so they are
    /// few and taken in one batch; a secret whose key is gone is left for its holder to re-enrol.
    /// </summary>
    private async Task<int> RewrapTotpSecretsAsync(CancellationToken cancellationToken)
    {
        if (totpSecrets is null)
        {
            return 0;
        }

        var active = db.PersonalData.ActivePrefix;
        using (await SqliteWriteGate.EnterAsync(db, cancellationToken))
        {
            var stale = await db.Accounts
                .Where(a => (a.TotpSecret != null && !a.TotpSecret.StartsWith(active)) || (a.PendingTotpSecret != null && !a.PendingTotpSecret.StartsWith(active)))
                .ToListAsync(cancellationToken);
            var rewrapped = 0;
            foreach (var account in stale)
            {
                var entry = db.Entry(account);
                var changed = Rewrap(entry.Property(a => a.TotpSecret)) | Rewrap(entry.Property(a => a.PendingTotpSecret));
                rewrapped += changed ? 1 : 0;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return rewrapped;
        }
    }

    private bool Rewrap(Microsoft.EntityFrameworkCore.ChangeTracking.PropertyEntry<Domain.Accounts.Account, string?> secret)
    {
        if (secret.CurrentValue is not { } stored || db.PersonalData.IsCurrent(stored))
        {
            return false;
        }

        try
        {
            secret.CurrentValue = totpSecrets!.Protect(totpSecrets.Unprotect(stored));
            return true;
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return false;
        }
    }

    private async Task<int> SweepAsync<T>(
        string table, string[] columns, Func<List<Guid>, IQueryable<T>> load, CancellationToken cancellationToken)
        where T : class
    {
        // Every provider reads double-quoted identifiers and LIKE … ESCAPE; key ids may hold '_', a wildcard.
        var stale = string.Join(" OR ", columns.Select(c => $"(\"{c}\" IS NOT NULL AND \"{c}\" NOT LIKE {{0}} ESCAPE '\\')"));
        var pattern = db.PersonalData.ActivePrefix.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal) + "%";
        var total = 0;
        HashSet<Guid> previous = [];
        while (true)
        {
#pragma warning disable EF1002 // The table and column names are this class's constants; the only value is a parameter.
            var ids = await db.Database
                .SqlQueryRaw<Guid>($"SELECT \"Id\" AS \"Value\" FROM \"{table}\" WHERE {stale}", pattern)
                .Take(options.Value.BatchSize)
                .ToListAsync(cancellationToken);
#pragma warning restore EF1002
            if (ids.Count == 0)
            {
                return total;
            }

            if (previous.SetEquals(ids))
            {
                throw new InvalidOperationException($"Re-encrypting {table} made no progress: the same rows are still not under the active key.");
            }

            previous = [.. ids];

            using (await SqliteWriteGate.EnterAsync(db, cancellationToken))
            {
                foreach (var entity in await load(ids).ToListAsync(cancellationToken))
                {
                    MarkEncryptedModified(db.Entry(entity));
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
            total += ids.Count;
        }
    }

    /// <summary>Marks every encrypted property of the row and of its owned parts, so the save writes them under the active key.</summary>
    private static void MarkEncryptedModified(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        foreach (var property in entry.Properties.Where(p => PersonalDataColumns.IsEncrypted(p.Metadata) && p.CurrentValue is not null))
        {
            property.IsModified = true;
        }

        foreach (var owned in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned() && r.TargetEntry is not null))
        {
            MarkEncryptedModified(owned.TargetEntry!);
        }
    }
}
