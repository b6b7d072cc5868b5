using System.Diagnostics.Metrics;

namespace Seo.Infrastructure.Outbox;

/// <summary>Dispatch metrics (meter <c>Seo.Outbox</c>): deliveries, failures, and how old an event was when delivered.</summary>
internal sealed class OutboxMetrics : IDisposable
{
    public const string MeterName = "Seo.Outbox";

    private readonly Meter _meter;
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _failed;
    private readonly Histogram<double> _lag;

    public OutboxMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _delivered = _meter.CreateCounter<long>("seo.outbox.delivered", description: "Outbox events delivered to their handlers");
        _failed = _meter.CreateCounter<long>("seo.outbox.failed", description: "Failed outbox deliveries (each is retried or poisoned)");
        _lag = _meter.CreateHistogram<double>("seo.outbox.lag", unit: "s", description: "From the event's commit to its delivery");
    }

    public void Delivered(TimeSpan lag)
    {
        _delivered.Add(1);
        _lag.Record(Math.Max(0, lag.TotalSeconds));
    }

    public void Failed() => _failed.Add(1);

    public void Dispose() => _meter.Dispose();
}
