using Seo.Domain.Accounts;
using Seo.Domain.Identity;

namespace Seo.Domain.Bookings;

/// <summary>
/// The owner of a booking as it was when the booking was issued (R16.3). R36: it never changes.
/// </summary>
public sealed record BookingOwner(AccountId AccountId, OwnerKind Kind, Residency Residency, string Name, string? TaxId);
