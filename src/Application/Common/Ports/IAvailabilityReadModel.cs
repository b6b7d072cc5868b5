using System.Diagnostics.CodeAnalysis;

namespace Seo.Application.Common.Ports;

/// <summary>
/// The query side's own copy of slot availability, kept apart from the write store so that
/// availability queries never load the ledger the booking commands lock. It is fed from the
/// transactional outbox, which delivers at least once and not necessarily in order: every
/// write is therefore guarded by <see cref="SlotCount.Version"/>, and applying the same or an
/// older count changes nothing. Implementations: in process (the embedded default) and Redis;
/// both pass one conformance suite. Store failures propagate as exceptions: the caller (the
/// projector, or a query that may fall back) decides what to do with them.
/// </summary>
public interface IAvailabilityReadModel
{
    /// <summary>
    /// Stores each count unless the stored one has the same or a higher version, so repeated or
    /// out-of-order deliveries converge on the newest count. Each interval is updated atomically
    /// (a concurrent applier never overwrites a newer count with an older one); counts are
    /// applied in the order given.
    /// </summary>
    /// <returns>How many counts were applied (the rest were stale or duplicates).</returns>
    Task<int> ApplyAsync(IReadOnlyCollection<SlotCount> counts, CancellationToken cancellationToken);

    /// <summary>
    /// Every stored interval of <paramref name="checkpoint"/> between the dates inclusive, ordered
    /// by date then start minute; empty when nothing is stored or <paramref name="to"/> is before
    /// <paramref name="from"/>. Each day is read as one consistent snapshot.
    /// </summary>
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "To is a Visual Basic keyword only; the port's names are fixed and read best in C#.")]
    Task<IReadOnlyList<SlotCount>> ReadAsync(string checkpoint, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>
    /// Rebuild of one checkpoint-day from the write store: replaces everything stored for it with
    /// exactly <paramref name="counts"/> (their versions included, even if lower than the stored
    /// ones, because the rebuild is the authority), atomically for that day. Other days are left
    /// alone. Every count must belong to <paramref name="checkpoint"/> and <paramref name="date"/>.
    /// </summary>
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Date is a Visual Basic keyword only; the port's names are fixed and read best in C#.")]
    Task ReplaceDayAsync(string checkpoint, DateOnly date, IReadOnlyCollection<SlotCount> counts, CancellationToken cancellationToken);
}
