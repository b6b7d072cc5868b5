using System.Globalization;
using Seo.Domain.Common;

namespace Seo.Domain.Bookings;

/// <summary>The refusals of the per-account hold and share caps; each changes nothing.</summary>
public static class BookingCapErrors
{
    public const string TooManyUnpaidHoldsCode = "too-many-unpaid-holds";
    public const string DayShareExceededCode = "checkpoint-day-share-exceeded";
    public const string VehicleCoolingDownCode = "vehicle-cooling-down";

    public static DomainError TooManyUnpaidHolds(int limit) => new(
        TooManyUnpaidHoldsCode,
        $"The account already has {limit} unpaid holds; pay or cancel one before holding another.",
        ErrorKind.Conflict)
    {
        Details = new Dictionary<string, object?> { ["limit"] = limit },
    };

    public static DomainError DayShareExceeded(int limit, DateOnly date) => new(
        DayShareExceededCode,
        $"The account already has {limit} active bookings at this checkpoint on {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, its share of the day; choose another day.",
        ErrorKind.Conflict)
    {
        Details = new Dictionary<string, object?> { ["limit"] = limit, ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
    };

    public static DomainError VehicleCoolingDown(DateTimeOffset endsAt) => new(
        VehicleCoolingDownCode,
        $"This vehicle's last hold was cancelled or ran out moments ago; it can be held again from {endsAt.ToString("O", CultureInfo.InvariantCulture)}.",
        ErrorKind.Conflict,
        "R21")
    {
        Details = new Dictionary<string, object?> { ["endsAt"] = endsAt },
    };
}
