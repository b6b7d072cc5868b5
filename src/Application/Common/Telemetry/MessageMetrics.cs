using System.Diagnostics.Metrics;

namespace Seo.Application.Common.Telemetry;

/// <summary>
/// Meter <c>Seo.Messages</c>: every command and query through the pipeline, by message and outcome
/// (<c>seo.messages</c>, with the refusal's code), and how long each took (<c>seo.message.duration</c>).
/// A booking's requests are those with <c>message</c> = CreateBooking.
/// </summary>
public sealed class MessageMetrics : IDisposable
{
    public const string MeterName = "Seo.Messages";

    private readonly Meter _meter;
    private readonly Counter<long> _handled;
    private readonly Histogram<double> _duration;

    public MessageMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _handled = _meter.CreateCounter<long>("seo.messages", unit: "{message}", description: "Commands and queries handled, by message and outcome");
        _duration = _meter.CreateHistogram<double>("seo.message.duration", unit: "s", description: "How long a command or query took, through the whole pipeline");
    }

    public void Handled(string message, string? refusedWith, TimeSpan elapsed)
    {
        var outcome = new KeyValuePair<string, object?>("outcome", refusedWith is null ? "handled" : "refused");
        var name = new KeyValuePair<string, object?>("message", message);
        var code = new KeyValuePair<string, object?>("code", refusedWith ?? string.Empty);
        _handled.Add(1, name, outcome, code);
        _duration.Record(elapsed.TotalSeconds, name, outcome);
    }

    public void Dispose() => _meter.Dispose();
}
