using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;

namespace Seo.Infrastructure.Persistence;

/// <summary>
/// One round trip over two primary keys; nothing is cached, so what the store says now is what
/// holds. (EF caches the query's translation per model, so one process may serve several stores;
/// a static compiled query would tie it to the first.)
/// </summary>
internal sealed class EfAccountSessionCheck(SeoDbContext db) : IAccountSessionCheck
{
    public Task<bool> IsActiveAsync(AccountId account, Guid session, int securityStamp, CancellationToken cancellationToken) =>
        db.Accounts
            .AsNoTracking()
            .Where(a => a.Id == account && a.DisabledAt == null && a.SecurityStamp == securityStamp)
            .Select(a => db.AccountSessions.Any(s => s.Id == session && s.AccountId == account && s.RevokedAt == null))
            .FirstOrDefaultAsync(cancellationToken);
}
