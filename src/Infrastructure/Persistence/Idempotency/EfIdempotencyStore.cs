using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;

namespace Seo.Infrastructure.Persistence.Idempotency;

internal sealed class EfIdempotencyStore(SeoDbContext db) : IIdempotencyStore
{
    public async Task<IdempotentResponse?> FindAsync(string scope, string key, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
        return record is null
            ? null
            : new IdempotentResponse(record.Scope, record.Key, record.RequestHash, record.StatusCode, record.ContentType, record.Location, record.Body, record.CreatedAt);
    }

    public async Task SaveAsync(IdempotentResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Scope = response.Scope,
            Key = response.Key,
            RequestHash = response.RequestHash,
            StatusCode = response.StatusCode,
            ContentType = response.ContentType,
            Location = response.Location,
            Body = response.Body,
            CreatedAt = response.CreatedAt,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
}
