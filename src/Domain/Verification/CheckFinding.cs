namespace Seo.Domain.Verification;

/// <summary>
/// One check as a refusal names it to the user (R20): its number and name in R18, the registry
/// that answered, why, and the registry's reference, so the user knows what to fix and where.
/// </summary>
public sealed record CheckFinding(int Check, string Name, string Source, string? Reason, string? Reference, DateOnly? ValidUntil)
{
    public static CheckFinding Of(CheckOutcome outcome, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new((int)outcome.Check, outcome.Check.ToString(), outcome.Source, reason ?? outcome.Reason, outcome.Reference, outcome.ValidUntil);
    }

    /// <summary>A required check no registry answered at all.</summary>
    public static CheckFinding Unanswered(RegistryCheck check) =>
        new((int)check, check.ToString(), "none", "No registry answered this check.", null, null);
}
