using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Verification;
using Seo.Domain.Vehicles;

namespace Seo.Application.Common.Ports;

/// <summary>
/// Runs the automated checks of R18 that apply to a request (R19) against the state
/// information systems and answers each one.
/// </summary>
public interface IVehicleVerification
{
    Task<IReadOnlyList<CheckOutcome>> VerifyAsync(VerificationSubject subject, IReadOnlyList<CheckRequirement> requirements, CancellationToken cancellationToken);
}

/// <summary>
/// What the checks are about: owner, vehicle, drivers, cargo and the priority ground claimed
/// (R6 grounds are proved by the cargo's papers, checks 15 and 16), and the booked date:
/// documents must be valid on it, not just today.
/// </summary>
public sealed record VerificationSubject(
    BookingOwner Owner, Vehicle Vehicle, IReadOnlyList<Driver> Drivers, DateOnly BookedDate, Cargo Cargo, PriorityCategory Priority);
