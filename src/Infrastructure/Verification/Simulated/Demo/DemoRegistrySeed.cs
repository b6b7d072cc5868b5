using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Seo.Infrastructure.Persistence;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Verification.Simulated.Demo;

/// <summary>
/// Seeds the demo data set when the simulated registries answer the checks: at start on the
/// embedded store, by <c>-- migrate</c> on servers. Seeds only registries that hold no record
/// at all, so what the sandbox changed — including a record it deleted — stays as it left it
/// across restarts; <c>POST /sandbox/registries/reset</c> is the way back to the demo data.
/// </summary>
public sealed partial class DemoRegistrySeed(SeoDbContext db, TimeProvider clock, ILogger<DemoRegistrySeed> logger)
{
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.RegistryRecords.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var records = DemoRegistries.Records(KazakhstanTime.DayOf(clock.GetUtcNow())).Select(r => RegistryRecord.From(r, now)).ToList();
        db.RegistryRecords.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, records.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the simulated registries with {Count} demo record(s)")]
    private static partial void LogSeeded(ILogger logger, int count);
}
