using System.Globalization;
using Seo.Application.Common.Ports;
using StackExchange.Redis;

namespace Seo.Projections.Availability;

/// <summary>
/// How one interval is stored in its day's hash: field = start minute, value =
/// <c>version:capacity:booked:priorityBooked</c> in invariant decimal digits. The version comes
/// first and has no sign nor leading zeros, so the Lua guard can read it with one pattern and
/// compare it as a string (see <see cref="RedisAvailabilityScripts"/>).
/// </summary>
internal static class RedisSlotValue
{
    private const char Separator = ':';

    public static RedisValue Field(int startMinute) => startMinute.ToString(CultureInfo.InvariantCulture);

    public static RedisValue Version(long version) => version.ToString(CultureInfo.InvariantCulture);

    public static RedisValue Pack(SlotCount count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count.Version}{Separator}{count.Capacity}{Separator}{count.Booked}{Separator}{count.PriorityBooked}");

    public static SlotCount Unpack(string checkpoint, DateOnly date, HashEntry entry)
    {
        var parts = ((string?)entry.Value ?? string.Empty).Split(Separator);
        if (parts.Length != 4 || !int.TryParse((string?)entry.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var startMinute))
        {
            throw new FormatException($"The availability of {checkpoint} {date:yyyy-MM-dd} holds an unreadable interval '{entry.Name}' = '{entry.Value}'.");
        }

        return new SlotCount(
            checkpoint,
            date,
            startMinute,
            Capacity: int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture),
            Booked: int.Parse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture),
            PriorityBooked: int.Parse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture),
            Version: long.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture));
    }
}
