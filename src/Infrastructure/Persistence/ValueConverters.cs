using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Identity;
using Seo.Domain.Payments;
using Seo.Domain.Vehicles;

namespace Seo.Infrastructure.Persistence;

/// <summary>
/// Value objects are stored as their plain value and rebuilt through their own factory, so a
/// value read back is as valid as one entered.
/// </summary>
internal static class ValueConverters
{
    public static readonly ValueConverter<CheckpointCode, string> CheckpointCode = new(v => v.Value, v => Domain.Checkpoints.CheckpointCode.Create(v).Value);

    /// <summary>A short ordered list of checkpoint codes as one column, "KALZHAT,NURZHOLY" (empty: none).</summary>
    public static readonly ValueConverter<IReadOnlyList<CheckpointCode>, string> CheckpointCodes = new(
        v => string.Join(',', v.Select(code => code.Value)),
        v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(code => Domain.Checkpoints.CheckpointCode.Create(code).Value).ToList());

    public static readonly Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<IReadOnlyList<CheckpointCode>> CheckpointCodesComparer = new(
        (a, b) => a!.SequenceEqual(b!),
        v => v.Aggregate(0, (hash, code) => HashCode.Combine(hash, code.GetHashCode())),
        v => v.ToList());
    public static readonly ValueConverter<PlateNumber, string> Plate = new(v => v.Value, v => PlateNumber.Create(v).Value);
    public static readonly ValueConverter<Vin, string> Vin = new(v => v.Value, v => Domain.Vehicles.Vin.Create(v).Value);
    public static readonly ValueConverter<CountryCode, string> Country = new(v => v.Value, v => CountryCode.Create(v).Value);
    public static readonly ValueConverter<BookingId, Guid> BookingId = new(v => v.Value, v => new BookingId(v));
    public static readonly ValueConverter<AccountId, Guid> AccountId = new(v => v.Value, v => new AccountId(v));
    public static readonly ValueConverter<Domain.Devices.DeviceId, Guid> DeviceId = new(v => v.Value, v => new Domain.Devices.DeviceId(v));
    public static readonly ValueConverter<Money, decimal> Money = new(v => v.Amount, v => Domain.Payments.Money.Kzt(v));
    public static readonly ValueConverter<Bin, string> Bin = new(v => v.Value, v => Domain.Identity.Bin.Create(v).Value);
    public static readonly ValueConverter<Domain.Verification.VerificationRecordId, Guid> VerificationRecordId =
        new(v => v.Value, v => new Domain.Verification.VerificationRecordId(v));
    public static readonly ValueConverter<Domain.Notifications.NotificationId, Guid> NotificationId =
        new(v => v.Value, v => new Domain.Notifications.NotificationId(v));
}
