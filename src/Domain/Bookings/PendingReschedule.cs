using Seo.Domain.Payments;

namespace Seo.Domain.Bookings;

/// <summary>
/// A reschedule beyond the two free ones (R28): the new interval is held until its fee is paid
/// or the hold expires; the booking keeps its current interval meanwhile.
/// </summary>
public sealed record PendingReschedule(BookedInterval Interval, int SequenceNumber, Money Fee, DateTimeOffset HoldExpiresAt, int TariffVersion = 0);
