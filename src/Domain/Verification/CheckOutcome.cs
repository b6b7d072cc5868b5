namespace Seo.Domain.Verification;

/// <summary>How one check ended.</summary>
public enum CheckVerdict
{
    Passed,
    Failed,

    /// <summary>The check does not concern this request (e.g. no goods under veterinary control); recorded, never silently skipped.</summary>
    NotApplicable,

    /// <summary>The source system did not answer; never counts as a pass.</summary>
    Unavailable,
}

/// <summary>
/// One check's answer from its source system, kept as the request's audit trail. A passed
/// check of a document with a term (insurance, inspection, permit, licence, certificate) says
/// until when it is valid, so a booking found later (the first free interval) is held to it.
/// </summary>
public sealed record CheckOutcome(
    RegistryCheck Check, CheckVerdict Verdict, string Source, string? Reason, string? Reference, DateTimeOffset CheckedAt, DateOnly? ValidUntil = null);
