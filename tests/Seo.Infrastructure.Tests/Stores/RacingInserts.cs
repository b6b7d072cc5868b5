using Seo.Application.Common.Ports;
using Seo.Infrastructure.Persistence;

namespace Seo.Infrastructure.Tests.Stores;

/// <summary>
/// Transactions that all passed the application's check (nobody had committed yet) racing to
/// insert: released together, each in its own context and unit of work, so only the store's
/// constraints decide.
/// </summary>
internal static class RacingInserts
{
    public const string Committed = "committed";

    /// <returns>Per racer: <see cref="Committed"/>, or the code of the conflict the store raised.</returns>
    public static async Task<string[]> RunAsync(TestStore store, int racers, Action<SeoDbContext, int> insert)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var races = Enumerable.Range(0, racers).Select(i => Task.Run(async () =>
        {
            await start.Task;
            await using var db = store.NewContext();
            var unitOfWork = new EfUnitOfWork(db);
            try
            {
                return await unitOfWork.RunAsync(
                    async token =>
                    {
                        await using var transaction = await unitOfWork.BeginAsync(token);
                        insert(db, i);
                        await unitOfWork.SaveChangesAsync(token);
                        await transaction.CommitAsync(token);
                        return Committed;
                    },
                    CancellationToken.None);
            }
            catch (PersistenceConflictException conflict)
            {
                return conflict.Error.Code;
            }
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(races);
    }
}
