using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Seo.Infrastructure.Privacy;
using Seo.Domain.Checkpoints;
using Seo.Infrastructure.Persistence.Seed;
using Seo.Infrastructure.Verification.Simulated.Demo;

namespace Seo.Infrastructure.Persistence;

/// <summary>
/// Applies pending migrations, brings every account under the active personal-data key (so that
/// its e-mail look-up exists before the first sign-in), adds any of the 41 checkpoints the store
/// lacks, and — when the simulated registries answer the checks — any demo record they lack.
/// </summary>
public sealed partial class DatabaseInitializer(
    SeoDbContext db,
    CapacitySchedule defaultCapacity,
    IOptions<RetentionOptions> retention,
    ILogger<DatabaseInitializer> logger,
    TimeProvider clock,
    DemoRegistrySeed? demoRegistries = null,
    TariffSeed? tariffSeed = null)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        LogPending(logger, pending.Count, db.Database.ProviderName ?? "?");

        // One migration at a time, each in its own transaction as MigrateAsync would run it, so that
        // an operator watching a long upgrade sees how far it is.
        var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
        for (var i = 0; i < pending.Count; i++)
        {
            var started = clock.GetTimestamp();
            await migrator.MigrateAsync(pending[i], cancellationToken);
            var seconds = clock.GetElapsedTime(started).TotalSeconds;
            LogMigrationApplied(logger, i + 1, pending.Count, pending[i], seconds);
        }

        // Nothing pending still runs the migrator once: it checks the model and takes no step.
        if (pending.Count == 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging: readers never wait for the writer, and a commit is one append
            // to the log (synchronous stays FULL, so a committed booking survives a power cut).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        LogMigrated(logger, pending.Count, db.Database.ProviderName ?? "?");
        var accounts = await new PersonalDataReencryption(db, retention).RunAccountsAsync(cancellationToken);
        if (accounts > 0)
        {
            LogAccountsReencrypted(logger, accounts);
        }

        await SeedCheckpointsAsync(cancellationToken);
        await SeedTariffAsync(cancellationToken);
        if (demoRegistries is not null)
        {
            await demoRegistries.SeedIfEmptyAsync(cancellationToken);
        }
    }

    /// <summary>
    /// For an instance that does not migrate: refuses to start on a schema older than the code,
    /// naming the command that brings it up to date.
    /// </summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The {db.Database.ProviderName} write store lacks {pending.Count} migration(s) ({string.Join(", ", pending)}). " +
                "Apply them first: dotnet run --project src/WebApi -- migrate (or the published Seo.WebApi migrate).");
        }

        // An account without its e-mail's look-up cannot sign in, and its address would look free
        // to a new registration: the migrate step fills them (with the deployment's key ring).
        if (await db.Accounts.AnyAsync(a => EF.Property<string?>(a, nameof(Domain.Accounts.Account.Email) + PersonalDataColumns.LookupSuffix) == null, cancellationToken))
        {
            throw new InvalidOperationException(
                "Some accounts were written without the look-up of their e-mail (by an earlier build, or before migrate finished). " +
                "Run migrate again with this deployment's personal-data key ring: dotnet run --project src/WebApi -- migrate.");
        }
    }

    /// <summary>The configuration's tariff as the first entries of a store that has none (another instance may do it first).</summary>
    private async Task SeedTariffAsync(CancellationToken cancellationToken)
    {
        if (tariffSeed is null || await db.TariffRevisions.AnyAsync(cancellationToken))
        {
            return;
        }

        db.TariffRevisions.AddRange(tariffSeed.Revisions(clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Application.Common.Ports.PersistenceConflictException)
        {
            // Another instance entered them between the check and the save.
            db.ChangeTracker.Clear();
        }
    }

    private async Task SeedCheckpointsAsync(CancellationToken cancellationToken)
    {
        var known = (await db.Checkpoints.Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        var missing = CheckpointCatalog.Load(defaultCapacity).Where(c => !known.Contains(c.Id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.Checkpoints.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, missing.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} migration(s) to apply on {Provider}")]
    private static partial void LogPending(ILogger logger, int count, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Migration {Index}/{Count} applied: {Migration} ({Seconds:0.0} s)")]
    private static partial void LogMigrationApplied(ILogger logger, int index, int count, string migration, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s) on {Provider}")]
    private static partial void LogMigrated(ILogger logger, int count, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Brought {Count} account(s) under the active personal-data key")]
    private static partial void LogAccountsReencrypted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {Count} checkpoint(s) from the appendix")]
    private static partial void LogSeeded(ILogger logger, int count);
}
