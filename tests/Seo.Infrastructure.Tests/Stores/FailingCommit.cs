using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Seo.Infrastructure.Tests.Stores;

/// <summary>
/// Makes the next <paramref name="failures"/> commits fail just before they reach the store,
/// as a crash or a dropped connection between the last write and the commit would.
/// </summary>
internal sealed class FailingCommit(Func<Exception> failure, int failures = 1) : DbTransactionInterceptor
{
    private int _left = failures;

    public int Attempts { get; private set; }

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Attempts++;
        return _left-- > 0 ? throw failure() : ValueTask.FromResult(result);
    }
}
