using Seo.Domain.Common;

namespace Seo.Domain.Bookings.Rules;

/// <summary>An account holds at most <paramref name="limit"/> unpaid holds at once; a limit of zero or less is no cap.</summary>
public sealed class UnpaidHoldsCapRule(int unpaidHolds, int limit) : IRule
{
    public Result Check() => limit > 0 && unpaidHolds >= limit ? BookingCapErrors.TooManyUnpaidHolds(limit) : Result.Success();
}

/// <summary>An account holds at most <paramref name="limit"/> active bookings on one checkpoint-day; a limit of zero or less is no cap.</summary>
public sealed class CheckpointDayShareRule(int bookingsOnDay, int limit, DateOnly date) : IRule
{
    public Result Check() => limit > 0 && bookingsOnDay >= limit ? BookingCapErrors.DayShareExceeded(limit, date) : Result.Success();
}

/// <summary>
/// A vehicle whose hold was cancelled or ran out is not held again before
/// <paramref name="coolingUntil"/>: a place cannot be kept by cancel-and-rebook.
/// </summary>
public sealed class VehicleCoolDownRule(DateTimeOffset? coolingUntil, DateTimeOffset now) : IRule
{
    public Result Check() => coolingUntil is { } until && until > now ? BookingCapErrors.VehicleCoolingDown(until) : Result.Success();
}
