using System.Diagnostics.Metrics;

namespace Seo.Application.Checkpoints;

/// <summary>
/// Meter <c>Seo.Availability</c>: how often availability was served from the write store because
/// the read model was unreachable (tag <c>use</c>: <c>query</c> or <c>first-free</c>). A rising
/// count means the read model's store is down; bookings and queries still work meanwhile.
/// </summary>
public sealed class AvailabilityMetrics : IDisposable
{
    public const string MeterName = "Seo.Availability";

    private readonly Meter _meter;
    private readonly Counter<long> _fallbacks;

    public AvailabilityMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _fallbacks = _meter.CreateCounter<long>(
            "seo.availability.write_store_fallbacks", unit: "{read}", description: "Availability reads served by the write store because the read model was unreachable");
    }

    public void FellBack(string use) => _fallbacks.Add(1, new KeyValuePair<string, object?>("use", use));

    public void Dispose() => _meter.Dispose();
}
