using Seo.Domain.Common;

namespace Seo.Domain.Verification;

/// <summary>
/// The checks that ran for a request and what they decide (R19, R20): a refusal names every
/// blocking failure; notice-only failures become notices; an unavailable source never passes.
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

    public IEnumerable<CheckOutcome> Notices =>
        Outcomes.Where(o => o.Verdict == CheckVerdict.Failed && IsRequired(o.Check) && EffectOf(o.Check) == CheckEffect.NoticeOnly);

    public Result Decide()
    {
        var missing = Requirements.Where(r => Outcomes.All(o => o.Check != r.Check)).ToList();
        var unavailable = Outcomes.Where(o => o.Verdict == CheckVerdict.Unavailable && IsRequired(o.Check)).ToList();
        if (missing.Count > 0 || unavailable.Count > 0)
        {
            return new DomainError(
                "registry-unavailable",
                "A state registry did not answer; nothing passes unchecked. Try again later.",
                ErrorKind.Conflict,
                "R20");
        }

        var refusals = Outcomes.Where(o => o.Verdict == CheckVerdict.Failed && IsRequired(o.Check) && EffectOf(o.Check) == CheckEffect.Blocking).ToList();
        if (refusals.Count == 0)
        {
            return Result.Success();
        }

        return new DomainError(
            "checks-refused",
            "The automated checks refused the booking: " + string.Join("; ", refusals.Select(r => $"check {(int)r.Check} ({r.Check}): {r.Reason}")),
            ErrorKind.ChecksRefused,
            "R20")
        {
            Errors = refusals.ToDictionary(r => $"check{(int)r.Check}", r => new[] { r.Reason ?? r.Check.ToString() }),
        };
    }

    /// <summary>R19: an answer for a check outside the owner's subset decides nothing.</summary>
    private bool IsRequired(RegistryCheck check) => Requirements.Any(r => r.Check == check);

    private CheckEffect EffectOf(RegistryCheck check) =>
        Requirements.FirstOrDefault(r => r.Check == check)?.Effect ?? CheckEffect.Blocking;
}
