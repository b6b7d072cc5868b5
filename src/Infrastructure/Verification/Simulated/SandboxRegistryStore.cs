using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Verification.Simulated.Demo;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Verification.Simulated;

/// <summary>The simulated registries in the write store, as the sandbox manages them; writes are saved by the command's unit of work.</summary>
internal sealed class SandboxRegistryStore(SeoDbContext db, TimeProvider clock) : ISandboxRegistries
{
    public async Task<IReadOnlyList<RegistrySummary>> ListAsync(CancellationToken cancellationToken)
    {
        var counts = await db.RegistryRecords.AsNoTracking().GroupBy(r => r.Registry)
            .Select(g => new { Registry = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Registry, g => g.Count, cancellationToken);
        var outOfService = (await db.RegistryServiceStates.AsNoTracking().Where(s => !s.InService).Select(s => s.Registry).ToListAsync(cancellationToken)).ToHashSet();
        return [.. RegistryCatalog.Registries.Select(d => new RegistrySummary(
            d.Registry,
            (int)d.Check,
            d.Source,
            RegistryCatalog.KeyMeaning(d.Key),
            d.Negative,
            RegistryCatalog.FieldNames(d.Allowed),
            counts.GetValueOrDefault(d.Registry),
            !outOfService.Contains(d.Registry)))];
    }

    public async Task<RegistryRecordPage> RecordsAsync(SimulatedRegistry registry, string? search, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.RegistryRecords.AsNoTracking().Where(r => r.Registry == registry);
        if (search is not null)
        {
            query = query.Where(r => r.Key.Contains(search) || r.Reference.Contains(search) || (r.Holder != null && r.Holder.Contains(search)));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(r => r.Key).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new RegistryRecordPage(registry, page, pageSize, total, [.. items.Select(r => r.ToData())]);
    }

    public async Task<RegistryRecordWritten> PutAsync(RegistryRecordData record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var existing = await db.RegistryRecords.FirstOrDefaultAsync(r => r.Registry == record.Registry && r.Key == record.Key, cancellationToken);
        if (existing is null)
        {
            db.RegistryRecords.Add(RegistryRecord.From(record, clock.GetUtcNow()));
            return new RegistryRecordWritten(true, record);
        }

        existing.Replace(record, clock.GetUtcNow());
        return new RegistryRecordWritten(false, record);
    }

    public async Task<bool> DeleteAsync(SimulatedRegistry registry, string key, CancellationToken cancellationToken)
    {
        var existing = await db.RegistryRecords.FirstOrDefaultAsync(r => r.Registry == registry && r.Key == key, cancellationToken);
        if (existing is null)
        {
            return false;
        }

        db.RegistryRecords.Remove(existing);
        return true;
    }

    public async Task SetInServiceAsync(SimulatedRegistry registry, bool inService, CancellationToken cancellationToken)
    {
        var state = await db.RegistryServiceStates.FirstOrDefaultAsync(s => s.Registry == registry, cancellationToken);
        if (state is null)
        {
            db.RegistryServiceStates.Add(new RegistryServiceState(registry, inService, clock.GetUtcNow()));
        }
        else
        {
            state.Switch(inService, clock.GetUtcNow());
        }
    }

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        // Inside the command's transaction: a failed reset leaves the registries as they were.
        await db.RegistryRecords.ExecuteDeleteAsync(cancellationToken);
        await db.RegistryServiceStates.ExecuteDeleteAsync(cancellationToken);
        var now = clock.GetUtcNow();
        db.RegistryRecords.AddRange(DemoRegistries.Records(KazakhstanTime.DayOf(clock.GetUtcNow())).Select(r => RegistryRecord.From(r, now)));
    }
}
