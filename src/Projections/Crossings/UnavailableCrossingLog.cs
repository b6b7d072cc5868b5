using Seo.Application.Common.Ports;

namespace Seo.Projections.Crossings;

/// <summary>
/// The crossing log of a process that may not open it (another process holds the embedded
/// index's writer): every call says why, as an outage, so searches answer 503, readiness shows
/// the reason, and the camera events wait in the outbox instead of stopping its other projections.
/// </summary>
internal sealed class UnavailableCrossingLog(string reason) : ICrossingLog
{
    public Task IndexAsync(IReadOnlyCollection<CrossingRecord> records, CancellationToken cancellationToken) => throw Unavailable();

    public Task<CrossingPage> SearchAsync(CrossingQuery query, CancellationToken cancellationToken) => throw Unavailable();

    public Task<IReadOnlyList<CrossingsPerDay>> CountPerCheckpointPerDayAsync(DateTimeOffset from, DateTimeOffset to, string? checkpoint, CancellationToken cancellationToken) =>
        throw Unavailable();

    private ReadModelUnavailableException Unavailable() => new($"The crossing log cannot be opened: {reason}");
}
