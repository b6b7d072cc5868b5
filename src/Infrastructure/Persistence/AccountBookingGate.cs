using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;

namespace Seo.Infrastructure.Persistence;

/// <summary>
/// Enters an account's booking gate by updating its row to itself: the update takes the row's
/// write lock (PostgreSQL, SQL Server) until the transaction ends, and a second transaction's
/// update waits for it; the account's concurrency token does not change, so a copy of the
/// account already read stays valid. On SQLite every write transaction is already one at a
/// time (<see cref="SqliteWriteGate"/>), and the update is just a no-op.
/// </summary>
internal sealed class AccountBookingGate(SeoDbContext db) : IAccountBookingGate
{
    public Task EnterAsync(AccountId account, CancellationToken cancellationToken) =>
        db.Accounts.Where(a => a.Id == account).ExecuteUpdateAsync(s => s.SetProperty(a => a.Version, a => a.Version), cancellationToken);
}
