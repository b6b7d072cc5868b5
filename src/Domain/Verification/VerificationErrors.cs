using System.Globalization;
using Seo.Domain.Common;

namespace Seo.Domain.Verification;

/// <summary>How the automated checks stop a request (R20). Each refusal lists its checks as <c>checks</c>.</summary>
public static class VerificationErrors
{
    public const string ChecksRefusedCode = "checks-refused";
    public const string RegistryUnavailableCode = "registry-unavailable";
    public const string DocumentExpiresCode = "document-expires-before-booked-date";
    public const string NoFreeIntervalWhileValidCode = "no-free-interval-while-documents-valid";

    /// <summary>The extension member that lists the checks behind a refusal.</summary>
    public const string ChecksMember = "checks";

    /// <summary>R20: nothing passes unchecked; the same request may pass once the registry answers again.</summary>
    public static readonly DomainError RegistryUnavailable = new(
        RegistryUnavailableCode, "A state registry did not answer; nothing passes unchecked. Try again later.", ErrorKind.Unavailable, "R20");

    public static DomainError Unavailable(IReadOnlyList<CheckFinding> unanswered) =>
        RegistryUnavailable with
        {
            Message = "A state registry did not answer (" + Describe(unanswered) + "); nothing passes unchecked. Try again later.",
            Details = new Dictionary<string, object?> { [ChecksMember] = unanswered },
        };

    /// <summary>
    /// R20: every blocking failure, each with its reason; the user removes the causes and applies
    /// again. Checks whose registry did not answer are listed in <c>checks</c> too (not in the
    /// errors: they were not failed), so the user knows they are still to be asked.
    /// </summary>
    public static DomainError Refused(IReadOnlyList<CheckFinding> failed, IReadOnlyList<CheckFinding>? unanswered = null)
    {
        var refusal = Refusal(ChecksRefusedCode, "The automated checks refused the booking: " + Describe(failed), failed);
        if (unanswered is not { Count: > 0 })
        {
            return refusal;
        }

        return refusal with
        {
            Message = refusal.Message + ". Not answered yet: " + Describe(unanswered),
            Details = new Dictionary<string, object?> { [ChecksMember] = failed.Concat(unanswered).OrderBy(f => f.Check).ToList() },
        };
    }

    /// <summary>R20: documents must be valid on the booked date, not just today.</summary>
    public static DomainError ExpiresBefore(DateOnly bookedDate, IReadOnlyList<CheckFinding> expiring) =>
        Refusal(
            DocumentExpiresCode,
            string.Create(CultureInfo.InvariantCulture, $"Not valid on the booked date {bookedDate:yyyy-MM-dd}: ") + Describe(expiring),
            expiring);

    /// <summary>R16.1 with R20: the first free interval lies after a document's expiry.</summary>
    public static DomainError NoFreeIntervalWhileValid(DateOnly validThrough, IReadOnlyList<CheckFinding> expiring) =>
        Refusal(
            NoFreeIntervalWhileValidCode,
            string.Create(CultureInfo.InvariantCulture, $"No interval is free on or before {validThrough:yyyy-MM-dd}, the last day these are valid: ")
                + Describe(expiring) + ". Renew them and apply again.",
            expiring);

    private static DomainError Refusal(string code, string message, IReadOnlyList<CheckFinding> findings) =>
        new(code, message, ErrorKind.ChecksRefused, "R20")
        {
            Errors = findings.ToDictionary(f => string.Create(CultureInfo.InvariantCulture, $"check{f.Check}"), f => new[] { f.Reason ?? f.Name }),
            Details = new Dictionary<string, object?> { [ChecksMember] = findings },
        };

    private static string Describe(IEnumerable<CheckFinding> findings) =>
        string.Join("; ", findings.Select(f => string.Create(CultureInfo.InvariantCulture, $"check {f.Check} ({f.Name}): {f.Reason}")));
}
