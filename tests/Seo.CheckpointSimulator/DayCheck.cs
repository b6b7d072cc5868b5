using System.Text.Json;

namespace Seo.CheckpointSimulator;

/// <summary>Holds the played day against the Rules: what each truck's booking must have come to, and the messages it must have had once.</summary>
internal sealed class DayCheck(List<SimulatedTruck> trucks, Dictionary<Guid, JsonElement> bookings, List<JsonElement> messages)
{
    /// <summary>R34's shorter lead (summer); the winter lead is longer, so no call may come later than this.</summary>
    private static readonly TimeSpan ShortestCallLead = TimeSpan.FromMinutes(60);

    /// <summary>R29.</summary>
    private static readonly TimeSpan ReminderLead = TimeSpan.FromHours(24);

    public IReadOnlyDictionary<string, int> Outcomes() => trucks
        .GroupBy(t => $"{t.Plan} → {Describe(t)}")
        .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The shortest and longest time, in <paramref name="unit"/>, between <paramref name="stamp"/> and the booked time.</summary>
    public (double Min, double Max) LeadRange(string stamp, TimeSpan unit)
    {
        var leads = trucks
            .Select(t => Booking(t)?.Instant(stamp) is { } at ? (t.StartsAt - at) / unit : (double?)null)
            .OfType<double>()
            .ToList();
        return leads.Count == 0 ? (0, 0) : (leads.Min(), leads.Max());
    }

    public int DuplicateMessages() => messages
        .GroupBy(m => (m.Str("bookingId"), m.Str("kind"), m.Str("channel"), m.Str("destination")))
        .Sum(g => g.Count() - 1);

    public IReadOnlyList<string> Failures(int barrierCommands)
    {
        var failures = new List<string>();
        var kinds = messages.GroupBy(m => m.Str("bookingId")).ToDictionary(g => Guid.Parse(g.Key), g => g.Select(m => m.Str("kind")).ToHashSet());
        foreach (var truck in trucks)
        {
            if (Booking(truck) is not { } booking)
            {
                failures.Add($"truck {truck.Index}: its booking {truck.BookingId} was not found");
                continue;
            }

            var (status, reason) = (booking.Str("status"), Reason(booking));
            var expected = truck.Plan switch
            {
                TruckPlan.OnTime or TruckPlan.Early => ("Completed", (string?)null),
                TruckPlan.Absent => ("Annulled", "NoShow"),
                _ => ("Annulled", "LateArrival"),
            };
            if ((status, reason) != expected)
            {
                failures.Add($"truck {truck.Index} ({truck.Plan}): {Describe(truck)}, expected {expected.Item1} {expected.Item2}; camera answers: {string.Join(", ", truck.Outcomes)}");
            }

            if (booking.GetProperty("fee").GetRawText() != booking.GetProperty("paid").GetRawText())
            {
                failures.Add($"truck {truck.Index}: paid {booking.GetProperty("paid").GetRawText()} of a fee of {booking.GetProperty("fee").GetRawText()}: R28 refunds nothing");
            }

            if (booking.Instant("remindedAt") is not { } reminded || truck.StartsAt - reminded < ReminderLead)
            {
                failures.Add($"truck {truck.Index}: reminded at {booking.Instant("remindedAt")?.ToString("O") ?? "never"}, R29 wants 24 h before {truck.StartsAt:O}");
            }

            if (booking.Instant("calledAt") is not { } called || truck.StartsAt - called < ShortestCallLead)
            {
                failures.Add($"truck {truck.Index}: called at {booking.Instant("calledAt")?.ToString("O") ?? "never"}, R34 wants at least 60 min before {truck.StartsAt:O}");
            }

            var sent = kinds.GetValueOrDefault(truck.BookingId) ?? [];
            foreach (var kind in ExpectedMessages(truck.Plan).Where(k => !sent.Contains(k)))
            {
                failures.Add($"truck {truck.Index} ({truck.Plan}): no {kind} message was sent");
            }
        }

        var crossed = trucks.Count(t => t.Plan is TruckPlan.OnTime or TruckPlan.Early);
        if (barrierCommands != 2 * crossed)
        {
            failures.Add($"the barriers were told {barrierCommands} times; R11 opens each of the two for every truck admitted ({2 * crossed})");
        }

        if (DuplicateMessages() is > 0 and var duplicates)
        {
            failures.Add($"{duplicates} message(s) went out more than once to the same booking, kind, channel and destination");
        }

        return failures;
    }

    private static string[] ExpectedMessages(TruckPlan plan) => plan switch
    {
        TruckPlan.Absent => ["Reminder", "Call", "Annulment"],
        TruckPlan.Late => ["Reminder", "Call", "Late"],
        _ => ["Reminder", "Call"],
    };

    private JsonElement? Booking(SimulatedTruck truck) => bookings.TryGetValue(truck.BookingId, out var booking) ? booking : null;

    private static string? Reason(JsonElement booking) =>
        booking.TryGetProperty("annulmentReason", out var reason) && reason.ValueKind == JsonValueKind.String ? reason.GetString() : null;

    private string Describe(SimulatedTruck truck) => Booking(truck) is { } booking
        ? Reason(booking) is { } reason ? $"{booking.Str("status")} ({reason})" : booking.Str("status")
        : "not found";
}
