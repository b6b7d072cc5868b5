using System.Diagnostics.Metrics;

namespace Seo.Infrastructure.Outbox;

/// <summary>
/// Dispatch metrics (meter <c>Seo.Outbox</c>, for any System.Diagnostics.Metrics listener:
/// <c>dotnet-counters monitor --counters Seo.Outbox</c>, or an OpenTelemetry exporter):
/// deliveries, failures, poisonings, how old an event was when delivered, and the backlog and
/// its age as last seen by the dispatcher.
/// </summary>
internal sealed class OutboxMetrics : IDisposable
{
    public const string MeterName = "Seo.Outbox";

    private readonly Meter _meter;
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _poisoned;
    private readonly Histogram<double> _lag;
    private BacklogReading _backlog = new(0, 0, null, DateTimeOffset.MinValue);

    public OutboxMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _delivered = _meter.CreateCounter<long>("seo.outbox.delivered", unit: "{event}", description: "Outbox events delivered to their handlers");
        _failed = _meter.CreateCounter<long>("seo.outbox.failed", unit: "{event}", description: "Failed outbox deliveries (each is retried or poisoned)");
        _poisoned = _meter.CreateCounter<long>("seo.outbox.poisoned", unit: "{event}", description: "Outbox events set aside after too many failures");
        _lag = _meter.CreateHistogram<double>("seo.outbox.delivery.lag", unit: "s", description: "From the event's commit to its delivery");
        // Observed from the last reading, never by querying the store inside a metrics callback.
        _meter.CreateObservableGauge("seo.outbox.backlog", () => new[]
        {
            new Measurement<long>(_backlog.Waiting, new KeyValuePair<string, object?>("state", "waiting")),
            new Measurement<long>(_backlog.Poisoned, new KeyValuePair<string, object?>("state", "poisoned")),
        }, unit: "{event}", description: "Undelivered outbox events");
        _meter.CreateObservableGauge("seo.outbox.oldest_waiting.age", () => _backlog.OldestWaitingAt is { } oldest
            ? [new Measurement<double>(Math.Max(0, (_backlog.ReadAt - oldest).TotalSeconds))]
            : Array.Empty<Measurement<double>>(), unit: "s", description: "Age of the oldest event waiting for delivery");
    }

    public void Delivered(TimeSpan lag)
    {
        _delivered.Add(1);
        _lag.Record(Math.Max(0, lag.TotalSeconds));
    }

    public void Failed() => _failed.Add(1);

    public void Poisoned() => _poisoned.Add(1);

    /// <summary>The backlog as the dispatcher last read it.</summary>
    public void Backlog(int waiting, int poisoned, DateTimeOffset? oldestWaitingAt, DateTimeOffset readAt) =>
        _backlog = new BacklogReading(waiting, poisoned, oldestWaitingAt, readAt);

    public void Dispose() => _meter.Dispose();

    private sealed record BacklogReading(int Waiting, int Poisoned, DateTimeOffset? OldestWaitingAt, DateTimeOffset ReadAt);
}
