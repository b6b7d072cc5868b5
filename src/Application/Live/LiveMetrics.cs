using System.Diagnostics.Metrics;

namespace Seo.Application.Live;

/// <summary>
/// Meter <c>Seo.Live</c>: <c>seo.live.projection.lag</c>, how long an event took from happening
/// (its OccurredAt) to being applied to a checkpoint's live view (tag <c>type</c>: the event's
/// type). The live answer also carries the last one as <c>lagMilliseconds</c>.
/// </summary>
public sealed class LiveMetrics : IDisposable
{
    public const string MeterName = "Seo.Live";

    private readonly Meter _meter;
    private readonly Histogram<double> _lag;

    public LiveMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _lag = _meter.CreateHistogram<double>("seo.live.projection.lag", unit: "ms", description: "From an event's OccurredAt to its application to the live view");
    }

    public void Applied(string eventType, TimeSpan lag) =>
        _lag.Record(Math.Max(0, lag.TotalMilliseconds), new KeyValuePair<string, object?>("type", eventType));

    public void Dispose() => _meter.Dispose();
}
