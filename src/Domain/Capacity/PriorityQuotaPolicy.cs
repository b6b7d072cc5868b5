namespace Seo.Domain.Capacity;

/// <summary>
/// R6: priority bookings per checkpoint per working day stay within a share of that day's actual
/// throughput (15% since the Rules came into force). The share is an effective-dated policy
/// value, so a change of the Rules is data, not a code change.
/// </summary>
public sealed class PriorityQuotaPolicy
{
    private readonly IReadOnlyList<PriorityQuotaShare> _shares;

    public PriorityQuotaPolicy(IEnumerable<PriorityQuotaShare> shares)
    {
        _shares = [.. shares.OrderBy(s => s.EffectiveFrom)];
        if (_shares.Count == 0)
        {
            throw new ArgumentException("At least one share must be in force.", nameof(shares));
        }

        if (_shares.FirstOrDefault(s => s.Percent is < 0m or > 100m) is { } outOfRange)
        {
            throw new ArgumentException($"A share is a percentage from 0 to 100; {outOfRange.Percent} from {outOfRange.EffectiveFrom:yyyy-MM-dd} is not.", nameof(shares));
        }

        // Two values in force from one day would leave that day's share to chance.
        if (_shares.GroupBy(s => s.EffectiveFrom).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Only one share can take effect on {twice.Key:yyyy-MM-dd}.", nameof(shares));
        }
    }

    /// <summary>15% from 1 July 2023, the day the Rules came into force.</summary>
    public static PriorityQuotaPolicy Rules707 { get; } = new([new PriorityQuotaShare(15m, new DateOnly(2023, 7, 1))]);

    /// <summary>
    /// The share in percent in force on <paramref name="date"/>. A date before the first value
    /// takes the first one: the Rules set a share from the day they came into force.
    /// </summary>
    public decimal PercentOn(DateOnly date) =>
        (_shares.LastOrDefault(s => s.EffectiveFrom <= date) ?? _shares[0]).Percent;

    /// <summary>How many priority bookings the day may hold: the share of its throughput, rounded down.</summary>
    public int LimitFor(DateOnly date, int dailyThroughput) =>
        (int)decimal.Floor(dailyThroughput * PercentOn(date) / 100m);
}

/// <summary>A share of daily throughput, in percent, in force from a date.</summary>
public sealed record PriorityQuotaShare(decimal Percent, DateOnly EffectiveFrom);
