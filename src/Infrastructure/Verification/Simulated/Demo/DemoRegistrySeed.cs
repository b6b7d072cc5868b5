using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Seo.Infrastructure.Persistence;

namespace Seo.Infrastructure.Verification.Simulated.Demo;

/// <summary>
/// Seeds the demo data set when the simulated registries answer the checks: at start on the
/// embedded store, by <c>-- migrate</c> on servers. Adds only records whose key is missing, so
/// running it again changes nothing, and a record the sandbox changed stays as changed.
/// </summary>
public sealed partial class DemoRegistrySeed(SeoDbContext db, TimeProvider clock, ILogger<DemoRegistrySeed> logger)
{
    public async Task SeedMissingAsync(CancellationToken cancellationToken)
    {
        var existing = (await db.RegistryRecords.AsNoTracking().Select(r => new { r.Registry, r.Key }).ToListAsync(cancellationToken))
            .Select(r => (r.Registry, r.Key)).ToHashSet();
        var now = clock.GetUtcNow();
        var missing = DemoRegistries.Records(SimulatedRegistryVerification.KazakhstanToday(clock))
            .Where(r => !existing.Contains((r.Registry, r.Key)))
            .Select(r => RegistryRecord.From(r, now))
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.RegistryRecords.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, missing.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {Count} demo record(s) to the simulated registries")]
    private static partial void LogSeeded(ILogger logger, int count);
}
