using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;

namespace Seo.Infrastructure.Persistence;

/// <summary>One round trip over two primary keys; nothing is cached, so what the store says now is what holds.</summary>
internal sealed class EfAccountSessionCheck(SeoDbContext db) : IAccountSessionCheck
{
    private static readonly Func<SeoDbContext, AccountId, Guid, int, CancellationToken, Task<bool>> Query =
        EF.CompileAsyncQuery((SeoDbContext context, AccountId account, Guid session, int stamp, CancellationToken _) =>
            context.Accounts
                .Where(a => a.Id == account && a.DisabledAt == null && a.SecurityStamp == stamp)
                .Select(a => context.AccountSessions.Any(s => s.Id == session && s.AccountId == account && s.RevokedAt == null))
                .FirstOrDefault());

    public Task<bool> IsActiveAsync(AccountId account, Guid session, int securityStamp, CancellationToken cancellationToken) =>
        Query(db, account, session, securityStamp, cancellationToken);
}
