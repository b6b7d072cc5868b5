using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Seo.Application.Common.Ports;

namespace Seo.Application.Common.Events;

/// <summary>
/// Integration event: one interval's ledger row changed (a place taken or given back). The write
/// store adds it to the outbox in the transaction that changed the row, carrying the row as that
/// transaction left it, so the availability projection can copy it without reading the ledger.
/// Delivery is at least once and, across rows, in no particular order: <see cref="SlotCount.Version"/>
/// lets the read model keep the newest.
/// </summary>
public sealed record SlotCountChanged(SlotCount Count)
{
    /// <summary>The outbox's aggregate type of these events.</summary>
    public const string AggregateType = "CapacitySlot";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The event type the outbox records (the class name, as for domain events).</summary>
    public static string EventType => nameof(SlotCountChanged);

    /// <summary>The ledger row's identity, e.g. <c>DOSTYK:2026-12-01:600</c>.</summary>
    [JsonIgnore]
    public string RowId => string.Create(CultureInfo.InvariantCulture, $"{Count.Checkpoint}:{Count.Date:yyyy-MM-dd}:{Count.StartMinute}");

    /// <summary>
    /// The outbox's aggregate id: the row at this version, e.g. <c>DOSTYK:2026-12-01:600@7</c>.
    /// Each version is an aggregate of its own, so the outbox never holds a row's later counts
    /// back behind an earlier one that failed or was set aside (during a long Redis outage, say):
    /// the version guard, not the order of delivery, keeps the newest count, and a later count
    /// supersedes every earlier one.
    /// </summary>
    [JsonIgnore]
    public string AggregateId => string.Create(CultureInfo.InvariantCulture, $"{RowId}@{Count.Version}");

    public string ToPayload() => JsonSerializer.Serialize(this, Json);

    public static SlotCountChanged FromPayload(string payload) =>
        JsonSerializer.Deserialize<SlotCountChanged>(payload, Json)
        ?? throw new JsonException("A SlotCountChanged payload was empty.");
}
