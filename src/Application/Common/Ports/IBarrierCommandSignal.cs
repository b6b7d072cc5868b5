namespace Seo.Application.Common.Ports;

/// <summary>
/// Wakes a barrier's waiting long poll in this process when a command for it commits (R11), so
/// the barrier gets it at once instead of at the poll's next look at the store. Only a hint:
/// a poll re-reads the store after every wake, and commits in other processes are found by polling.
/// </summary>
public interface IBarrierCommandSignal
{
    /// <summary>
    /// A task that completes at the next commit of a command for <paramref name="barrierId"/>.
    /// Taken before the store is read, so a commit between the read and the wait is not missed.
    /// </summary>
    Task NextCommitAsync(Guid barrierId);

    /// <summary>Commands for these barriers have committed.</summary>
    void Notify(IEnumerable<Guid> barrierIds);
}
