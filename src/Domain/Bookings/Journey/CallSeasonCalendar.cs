using System.Globalization;
using Seo.Domain.Common;

namespace Seo.Domain.Bookings.Journey;

/// <summary>
/// One version of the R34 call seasons: from <see cref="EffectiveFrom"/> on, dates from
/// <see cref="SummerFrom"/> up to <see cref="WinterFrom"/> (month and day, every year) are summer,
/// the rest winter, and a vehicle is called at least <see cref="SummerLead"/> or
/// <see cref="WinterLead"/> before its booked time.
/// </summary>
public sealed record CallSeason(DateOnly EffectiveFrom, string SummerFrom, string WinterFrom, TimeSpan SummerLead, TimeSpan WinterLead)
{
    /// <summary>R34: the call comes at least this long before the booked time in summer.</summary>
    public static readonly TimeSpan MinimumSummerLead = TimeSpan.FromMinutes(60);

    /// <summary>R34: the call comes at least this long before the booked time in winter.</summary>
    public static readonly TimeSpan MinimumWinterLead = TimeSpan.FromMinutes(120);

    public bool IsSummer(DateOnly date)
    {
        var summer = Parse(SummerFrom);
        var winter = Parse(WinterFrom);
        var day = (date.Month, date.Day);
        return summer.CompareTo(winter) < 0
            ? day.CompareTo(summer) >= 0 && day.CompareTo(winter) < 0
            : day.CompareTo(summer) >= 0 || day.CompareTo(winter) < 0;
    }

    public TimeSpan LeadOn(DateOnly date) => IsSummer(date) ? SummerLead : WinterLead;

    /// <summary>Why this version breaks R34 or cannot be read, or null when it is sound.</summary>
    public string? Problem()
    {
        if (!TryParse(SummerFrom, out _) || !TryParse(WinterFrom, out _))
        {
            return $"Season starts are month-day, e.g. 04-01; got '{SummerFrom}' and '{WinterFrom}'.";
        }

        if (SummerFrom == WinterFrom)
        {
            return "Summer and winter cannot start on the same day.";
        }

        return SummerLead < MinimumSummerLead || WinterLead < MinimumWinterLead
            ? $"R34: the call comes at least {MinimumSummerLead.TotalMinutes:0} minutes (summer) / {MinimumWinterLead.TotalMinutes:0} minutes (winter) before the booked time."
            : null;
    }

    private static (int Month, int Day) Parse(string monthDay) =>
        TryParse(monthDay, out var parsed) ? parsed : throw new FormatException($"'{monthDay}' is not a month-day such as 04-01.");

    private static bool TryParse(string? monthDay, out (int Month, int Day) parsed)
    {
        parsed = default;
        if (!DateOnly.TryParseExact($"2024-{monthDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        parsed = (date.Month, date.Day);
        return true;
    }
}

/// <summary>
/// R34: the effective-dated call seasons. The version in force on a booked date sets its lead.
/// Default (see docs/journey.md): summer from 1 April, winter from 1 October, 60 and 120 minutes —
/// the Rules' minimums.
/// </summary>
public sealed class CallSeasonCalendar
{
    private readonly CallSeason[] _versions;

    public CallSeasonCalendar(IEnumerable<CallSeason> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        _versions = [.. versions.OrderBy(v => v.EffectiveFrom)];
        if (_versions.Length == 0)
        {
            throw new ArgumentException("The call season calendar needs at least one version.", nameof(versions));
        }

        foreach (var version in _versions)
        {
            if (version.Problem() is { } problem)
            {
                throw new ArgumentException($"Call season from {version.EffectiveFrom:yyyy-MM-dd}: {problem}", nameof(versions));
            }
        }
    }

    public static CallSeasonCalendar Default { get; } = new(
        [new CallSeason(DateOnly.MinValue, "04-01", "10-01", CallSeason.MinimumSummerLead, CallSeason.MinimumWinterLead)]);

    public IReadOnlyList<CallSeason> Versions => _versions;

    /// <summary>The longest lead any version sets: how far ahead the call sweep must look.</summary>
    public TimeSpan LongestLead => _versions.Max(v => v.SummerLead > v.WinterLead ? v.SummerLead : v.WinterLead);

    public CallSeason InForceOn(DateOnly date) => _versions.LastOrDefault(v => v.EffectiveFrom <= date) ?? _versions[0];

    public TimeSpan LeadOn(DateOnly date) => InForceOn(date).LeadOn(date);
}
