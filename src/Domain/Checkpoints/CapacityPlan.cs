using Seo.Domain.Common;

namespace Seo.Domain.Checkpoints;

/// <summary>
/// One version of a checkpoint's capacity plan (R22): from <see cref="EffectiveFrom"/> on, its
/// week, with its exceptions for dates and ranges; who made it, when and why.
/// </summary>
public sealed record CapacityPlanVersion(
    int Number,
    DateOnly EffectiveFrom,
    WeeklyCapacity Week,
    IReadOnlyList<CapacityOverride> Exceptions,
    Guid ChangedBy,
    DateTimeOffset ChangedAt,
    string Reason)
{
    /// <summary>The schedule of <paramref name="date"/>: its exception's, or else its day of the week's.</summary>
    public CapacitySchedule ScheduleFor(DateOnly date) => ExceptionOn(date)?.Schedule ?? Week.For(date);

    /// <summary>The exception that covers <paramref name="date"/>, if any.</summary>
    public CapacityOverride? ExceptionOn(DateOnly date) => Exceptions.FirstOrDefault(e => e.Covers(date));
}

/// <summary>
/// A checkpoint's capacity over time (R22): effective-dated versions of a weekly pattern with
/// exceptions, kept whole as a history. Each date's schedule comes from the version in force on
/// it; before the first version, from the checkpoint's baseline schedule. A version scheduled for
/// a date may be replaced by another from the same date (the history keeps both); a version from
/// an earlier date than one already scheduled is refused, because the later one would silently
/// cut it short.
/// </summary>
public sealed class CapacityPlan
{
    /// <summary>The longest reason a registrar may give; shown to carriers and kept in the history.</summary>
    public const int MaxReasonLength = 500;

    private readonly List<CapacityPlanVersion> _versions;
    private IReadOnlyList<CapacityPlanVersion>? _inForce;

    private CapacityPlan(CapacitySchedule baseline, List<CapacityPlanVersion> versions)
    {
        Baseline = baseline;
        _versions = versions;
    }

    /// <summary>The schedule of every date before the first version.</summary>
    public CapacitySchedule Baseline { get; }

    /// <summary>Every version ever made, oldest first, replaced ones included.</summary>
    public IReadOnlyList<CapacityPlanVersion> Versions => _versions;

    /// <summary>The number of the latest version (0 before any): what a registrar's change must name, so that two edits cannot pass each other.</summary>
    public int Version => _versions.Count == 0 ? 0 : _versions[^1].Number;

    public static CapacityPlan Starting(CapacitySchedule baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return new CapacityPlan(baseline, []);
    }

    /// <summary>A plan as it was stored: its baseline and its whole history, oldest first.</summary>
    public static CapacityPlan Restore(CapacitySchedule baseline, IEnumerable<CapacityPlanVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(versions);
        return new CapacityPlan(baseline, [.. versions.OrderBy(v => v.Number)]);
    }

    /// <summary>The versions in force: for each effective date the latest made, by effective date.</summary>
    /// <remarks>Worked out once per change: every availability read asks for each of its dates.</remarks>
    public IReadOnlyList<CapacityPlanVersion> InForce =>
        _inForce ??= [.. _versions.GroupBy(v => v.EffectiveFrom).Select(g => g.MaxBy(v => v.Number)!).OrderBy(v => v.EffectiveFrom)];

    /// <summary>The schedule the queue sells on <paramref name="date"/> (checkpoint-local).</summary>
    public CapacitySchedule ScheduleFor(DateOnly date) => VersionOn(date)?.ScheduleFor(date) ?? Baseline;

    /// <summary>The version in force on <paramref name="date"/>; null before the first, when the baseline holds.</summary>
    public CapacityPlanVersion? VersionOn(DateOnly date)
    {
        var inForce = InForce;
        for (var i = inForce.Count - 1; i >= 0; i--)
        {
            if (inForce[i].EffectiveFrom <= date)
            {
                return inForce[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Adds a version from <paramref name="effectiveFrom"/> on. Refused: a stale
    /// <paramref name="expectedVersion"/> (409 <c>stale-capacity-plan</c>); a date before
    /// <paramref name="today"/> (<c>capacity-change-in-the-past</c>); a date before a version
    /// already scheduled (409 <c>overlapping-capacity-version</c>); exceptions that overlap each
    /// other or end before the version begins; no reason.
    /// </summary>
    public Result<CapacityPlanVersion> Revise(
        int expectedVersion,
        DateOnly effectiveFrom,
        WeeklyCapacity week,
        IReadOnlyList<CapacityOverride> exceptions,
        Guid changedBy,
        string? reason,
        DateOnly today,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(exceptions);
        if (expectedVersion != Version)
        {
            return new DomainError(
                "stale-capacity-plan",
                $"The capacity plan is at version {Version}, not {expectedVersion}: someone changed it meanwhile. Read it again and make the change on the current version.",
                ErrorKind.Conflict,
                "R22");
        }

        if (effectiveFrom < today)
        {
            return DomainError.Validation(
                "capacity-change-in-the-past",
                $"A capacity change takes effect today ({today:yyyy-MM-dd}) or later; what has been sold for past days stays as it was.");
        }

        if (InForce is [.., var latest] && latest.EffectiveFrom > effectiveFrom)
        {
            return new DomainError(
                "overlapping-capacity-version",
                $"Version {latest.Number} is already scheduled from {latest.EffectiveFrom:yyyy-MM-dd} and would cut this one short. Change that version (a new one from the same date replaces it) or start this one on or after it.",
                ErrorKind.Conflict,
                "R22");
        }

        if (exceptions.FirstOrDefault(e => e.To < effectiveFrom) is { } before)
        {
            return DomainError.Validation(
                "invalid-capacity-exception",
                $"The exception of {before.From:yyyy-MM-dd}–{before.To:yyyy-MM-dd} ends before the version takes effect ({effectiveFrom:yyyy-MM-dd}) and would never apply.");
        }

        var ordered = exceptions.OrderBy(e => e.From).ToList();
        if (ordered.Zip(ordered.Skip(1)).FirstOrDefault(pair => pair.First.Overlaps(pair.Second)) is ({ } first, { } second))
        {
            return DomainError.Validation(
                "overlapping-capacity-exceptions",
                $"The exceptions of {first.From:yyyy-MM-dd}–{first.To:yyyy-MM-dd} and {second.From:yyyy-MM-dd}–{second.To:yyyy-MM-dd} overlap: a date has one schedule.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            return DomainError.Validation("invalid-capacity-reason", $"A capacity change says why (1 to {MaxReasonLength} characters); the history keeps it.");
        }

        var version = new CapacityPlanVersion(Version + 1, effectiveFrom, week, ordered, changedBy, now, reason.Trim());
        _versions.Add(version);
        _inForce = null;
        return version;
    }
}
