using System.Diagnostics.CodeAnalysis;

namespace Seo.Application.Common.Ports;

/// <summary>
/// The crossing-log read model: every camera read at the checkpoints, searchable by officers and
/// counted for analysts. Fed from camera events and bookings through the outbox; an embedded
/// Lucene.NET index by default, Elasticsearch in production.
/// </summary>
public interface ICrossingLog
{
    /// <summary>
    /// Adds or replaces crossings. Idempotent: the <see cref="CrossingRecord.EventId"/> is the
    /// document's id, so indexing the same event again changes nothing, and a redelivered outbox
    /// batch is harmless.
    /// </summary>
    Task IndexAsync(IReadOnlyCollection<CrossingRecord> records, CancellationToken cancellationToken);

    /// <summary>Finds crossings matching every criterion of <paramref name="query"/>, one page at a time.</summary>
    Task<CrossingPage> SearchAsync(CrossingQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Counts crossings read in [<paramref name="from"/>, <paramref name="to"/>) per checkpoint and
    /// per calendar day in UTC+5 (Kazakhstan's time everywhere since 1 March 2024), only for
    /// <paramref name="checkpoint"/> when given. Days without crossings are left out; the result
    /// is ordered by day, then checkpoint.
    /// </summary>
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "from/to name the period plainly; no Visual Basic implementer exists.")]
    Task<IReadOnlyList<CrossingsPerDay>> CountPerCheckpointPerDayAsync(DateTimeOffset from, DateTimeOffset to, string? checkpoint, CancellationToken cancellationToken);
}
