using System.Globalization;

namespace Seo.CheckpointSimulator;

/// <summary>What a played day came to, and whether every truck ended as the Rules say.</summary>
/// <param name="Outcomes">Final state per plan, e.g. "Early → Completed": 40.</param>
/// <param name="CallLeadMinutes">The shortest and longest time between a call and the booked time (R34).</param>
/// <param name="ReminderLeadHours">The shortest and longest time between a reminder and the booked time (R29).</param>
/// <param name="BarrierCommands">Commands the simulated barriers collected and acknowledged (R11).</param>
/// <param name="Messages">Messages the sandbox recorded for the day's bookings, by kind.</param>
/// <param name="DuplicateMessages">Messages of the same booking, kind, channel and destination beyond the first.</param>
/// <param name="Requests">Requests the trucks, cameras, barriers and the clock sent while the day was played.</param>
/// <param name="Failures">Every way the day broke a Rule; empty when it did not.</param>
public sealed record DayReport(
    string Checkpoint,
    DateOnly Day,
    int Trucks,
    IReadOnlyDictionary<string, int> Outcomes,
    (double Min, double Max) CallLeadMinutes,
    (double Min, double Max) ReminderLeadHours,
    int BarrierCommands,
    IReadOnlyDictionary<string, int> Messages,
    int DuplicateMessages,
    int CameraReads,
    int Requests,
    int ClockMoves,
    TimeSpan SetupTook,
    TimeSpan BookingTook,
    TimeSpan JourneyTook,
    LagSummary? LiveLag,
    IReadOnlyList<string> Failures)
{
    /// <summary>Trucks the one API instance took through the whole day per hour of wall time: the simulated day runs as fast as the API answers.</summary>
    public double TrucksPerHour => Trucks / JourneyTook.TotalHours;

    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"day: {Checkpoint} {Day:yyyy-MM-dd}, {Trucks} trucks"));
        foreach (var (outcome, count) in Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(c, $"  {outcome}: {count}"));
        }

        output.WriteLine(string.Create(c, $"reminders (R29): {ReminderLeadHours.Min:0.00}–{ReminderLeadHours.Max:0.00} h before the booked time"));
        output.WriteLine(string.Create(c, $"calls (R34): {CallLeadMinutes.Min:0}–{CallLeadMinutes.Max:0} min before the booked time"));
        output.WriteLine(string.Create(c, $"barrier commands (R11): {BarrierCommands} collected and acknowledged"));
        output.WriteLine(string.Create(c,
            $"messages: {string.Join(", ", Messages.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key} {m.Value}"))}; duplicates {DuplicateMessages}"));
        output.WriteLine(string.Create(c,
            $"setup (untimed): registries, devices and accounts {SetupTook.TotalSeconds:0.0} s; {Trucks} bookings booked and paid in {BookingTook.TotalSeconds:0.0} s"));
        output.WriteLine(string.Create(c,
            $"journey: {CameraReads} camera reads, {ClockMoves} clock moves, {Requests} requests in {JourneyTook.TotalSeconds:0.0} s = {TrucksPerHour:0} trucks/hour end to end"));
        if (LiveLag is { } lag)
        {
            output.WriteLine(string.Create(c,
                $"live view lag (read answered → on the officers' stream), {lag.Count} reads: p50 {lag.P50:0.0} ms, p95 {lag.P95:0.0} ms, p99 {lag.P99:0.0} ms, max {lag.Max:0.0} ms, missing {lag.Missing}"));
        }

        output.WriteLine(Failures.Count == 0 ? "rules: every truck ended as the Rules say" : $"rules: {Failures.Count} failure(s)");
        foreach (var failure in Failures.Take(20))
        {
            output.WriteLine($"  {failure}");
        }
    }
}
