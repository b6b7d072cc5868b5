using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Seo.Infrastructure.Tests.Stores;

/// <summary>Ends the server session just before the next <paramref name="times"/> commits are sent: the commit then fails for real.</summary>
internal sealed class KillBeforeCommit(TestStore store, int times = 1) : DbTransactionInterceptor
{
    private int _left = times;

    public int Commits { get; private set; }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Commits++;
        if (_left-- > 0)
        {
            await store.KillAsync(transaction.Connection!);
        }

        return result;
    }
}

/// <summary>Lets the next commit go through, then fails as if its acknowledgement never arrived.</summary>
internal sealed class LoseCommitAcknowledgement(Func<Exception> failure) : DbTransactionInterceptor
{
    private int _left = 1;

    public int Commits { get; private set; }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Commits++;
        return _left-- > 0 ? throw failure() : Task.CompletedTask;
    }
}
