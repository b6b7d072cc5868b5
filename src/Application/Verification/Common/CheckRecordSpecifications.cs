using Ardalis.Specification;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Vehicles;
using Seo.Domain.Verification;

namespace Seo.Application.Verification.Common;

public sealed class CheckRecordByIdSpec : Specification<VerificationRecord>, ISingleResultSpecification<VerificationRecord>
{
    public CheckRecordByIdSpec(VerificationRecordId id) => Query.Where(r => r.Id == id).AsNoTracking();
}

/// <summary>The checks that issued a booking and every reschedule asked for it, newest first.</summary>
public sealed class CheckRecordsOfBookingSpec : Specification<VerificationRecord, CheckRecordDto>
{
    public CheckRecordsOfBookingSpec(BookingId booking) =>
        Query.Where(r => r.BookingId == booking).AsNoTracking().OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id)
            .Select(CheckRecordDto.Projection.Expression);
}

/// <summary>
/// Check records by who asked, vehicle and time, newest first; the id breaks ties so pages never
/// overlap. Without paging it counts; a page is selected as DTOs.
/// </summary>
public sealed class CheckRecordSearchSpec : Specification<VerificationRecord, CheckRecordDto>
{
    public CheckRecordSearchSpec(
        AccountId? requestedBy, PlateNumber? plate, Vin? vin, DateTimeOffset? from, DateTimeOffset? to, int? skip = null, int? take = null)
    {
        Query.AsNoTracking().Select(CheckRecordDto.Projection.Expression);
        if (requestedBy is { } account)
        {
            Query.Where(r => r.RequestedBy == account);
        }

        if (plate is not null)
        {
            Query.Where(r => r.VehiclePlate == plate);
        }

        if (vin is not null)
        {
            Query.Where(r => r.VehicleVin == vin);
        }

        if (from is { } since)
        {
            Query.Where(r => r.RecordedAt >= since);
        }

        if (to is { } until)
        {
            Query.Where(r => r.RecordedAt < until);
        }

        if (skip is { } first && take is { } size)
        {
            Query.OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id).Skip(first).Take(size);
        }
    }
}
