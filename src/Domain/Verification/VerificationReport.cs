using System.Globalization;
using Seo.Domain.Common;

namespace Seo.Domain.Verification;

/// <summary>
/// The checks that ran for a request and what they decide (R19, R20): a refusal names every
/// blocking failure; notice-only failures become notices; an unavailable source never passes;
/// a document with a term must still be valid on the booked date.
/// </summary>
public sealed class VerificationReport
{
    public VerificationReport(IReadOnlyList<CheckRequirement> requirements, IReadOnlyList<CheckOutcome> outcomes)
    {
        Requirements = requirements;
        Outcomes = outcomes;
    }

    public IReadOnlyList<CheckRequirement> Requirements { get; }

    public IReadOnlyList<CheckOutcome> Outcomes { get; }

    /// <summary>R19.2: failed checks that only inform the user (residents' fines and toll-road debt).</summary>
    public IEnumerable<CheckOutcome> Notices =>
        Outcomes.Where(o => o.Verdict == CheckVerdict.Failed && IsRequired(o.Check) && EffectOf(o.Check) == CheckEffect.NoticeOnly);

    /// <summary>
    /// The last day every passed blocking check with a term (insurance, inspection, permit,
    /// certificate) is valid on, or null when none has a term: no booking may fall after it.
    /// </summary>
    public DateOnly? ValidThrough => PassedWithTerm.Select(o => o.ValidUntil).Min();

    /// <summary>
    /// R20 regardless of the date: no blocking check failed, and every blocking check answered.
    /// A definite failure refuses even while another registry is silent: asking again cannot
    /// change it, so the user learns what to fix now (the silent ones are listed alongside).
    /// R19.2: a resident's notice-only check (10, 17) that did not answer refuses nothing; its
    /// outcome stays in the audit trail and no notice is made of it.
    /// </summary>
    public Result Decide()
    {
        var unanswered = Requirements
            .Where(r => r.Effect == CheckEffect.Blocking && Outcomes.All(o => o.Check != r.Check))
            .Select(r => CheckFinding.Unanswered(r.Check));
        var unavailable = Outcomes
            .Where(o => o.Verdict == CheckVerdict.Unavailable && IsBlocking(o.Check))
            .Select(o => CheckFinding.Of(o));
        var missing = unanswered.Concat(unavailable).OrderBy(f => f.Check).ToList();

        var refusals = Outcomes
            .Where(o => o.Verdict == CheckVerdict.Failed && IsBlocking(o.Check))
            .OrderBy(o => o.Check)
            .Select(o => CheckFinding.Of(o, o.Reason ?? o.Check.ToString()))
            .ToList();
        if (refusals.Count > 0)
        {
            return VerificationErrors.Refused(refusals, missing);
        }

        return missing.Count > 0 ? VerificationErrors.Unavailable(missing) : Result.Success();
    }

    /// <summary>R20 for a booking on <paramref name="bookedDate"/>: <see cref="Decide"/>, then <see cref="ValidOn"/>.</summary>
    public Result DecideFor(DateOnly bookedDate)
    {
        var decided = Decide();
        return decided.IsSuccess ? ValidOn(bookedDate) : decided;
    }

    /// <summary>R20: a passed document that expires before <paramref name="date"/> does not pass for that date.</summary>
    public Result ValidOn(DateOnly date)
    {
        var expiring = Expiring(before: date);
        return expiring.Count == 0 ? Result.Success() : VerificationErrors.ExpiresBefore(date, expiring);
    }

    /// <summary>
    /// The first-free search found nothing on or before <see cref="ValidThrough"/>: names the
    /// documents that end the search, so the user knows what to renew.
    /// </summary>
    public DomainError NothingFreeWhileValid()
    {
        var last = ValidThrough ?? throw new InvalidOperationException("No passed check has a term.");
        return VerificationErrors.NoFreeIntervalWhileValid(last, Expiring(before: last.AddDays(1)));
    }

    private List<CheckFinding> Expiring(DateOnly before) =>
        [.. PassedWithTerm
            .Where(o => o.ValidUntil < before)
            .OrderBy(o => o.Check)
            .Select(o => CheckFinding.Of(o, string.Create(CultureInfo.InvariantCulture, $"{o.Check} is valid until {o.ValidUntil:yyyy-MM-dd}")))];

    /// <summary>Only blocking checks hold a booking to a date: a notice never refuses (R19.2).</summary>
    private IEnumerable<CheckOutcome> PassedWithTerm =>
        Outcomes.Where(o => o.Verdict == CheckVerdict.Passed && o.ValidUntil is not null && IsRequired(o.Check) && EffectOf(o.Check) == CheckEffect.Blocking);

    private bool IsBlocking(RegistryCheck check) => IsRequired(check) && EffectOf(check) == CheckEffect.Blocking;

    /// <summary>R19: an answer for a check outside the owner's subset decides nothing.</summary>
    private bool IsRequired(RegistryCheck check) => Requirements.Any(r => r.Check == check);

    private CheckEffect EffectOf(RegistryCheck check) =>
        Requirements.FirstOrDefault(r => r.Check == check)?.Effect ?? CheckEffect.Blocking;
}
