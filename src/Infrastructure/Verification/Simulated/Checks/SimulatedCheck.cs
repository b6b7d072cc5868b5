using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Verification;

namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>One check of R18 answered from its simulated registry.</summary>
internal abstract class SimulatedCheck
{
    public abstract SimulatedRegistry Registry { get; }

    public RegistryCheck Check => (RegistryCheck)(int)Registry;

    public abstract CheckAnswer Answer(VerificationSubject subject, RegistryLookup registries);
}

/// <summary>A check's answer before the adapter stamps it with its source and time.</summary>
internal sealed record CheckAnswer(CheckVerdict Verdict, string? Reason, string? Reference, DateOnly? ValidUntil)
{
    public static CheckAnswer Passed(string? reference, DateOnly? validUntil = null) => new(CheckVerdict.Passed, null, reference, validUntil);

    public static CheckAnswer Failed(string reason, string? reference) => new(CheckVerdict.Failed, reason, reference, null);

    public static CheckAnswer NotApplicable(string reason) => new(CheckVerdict.NotApplicable, reason, null, null);
}

/// <summary>The records the registries hold about one subject, and the dates documents are held to.</summary>
internal sealed class RegistryLookup(IReadOnlyList<RegistryRecord> records, DateOnly today, DateOnly bookedDate)
{
    public DateOnly Today { get; } = today;

    public DateOnly BookedDate { get; } = bookedDate;

    public RegistryRecord? Find(SimulatedRegistry registry, string? key) =>
        key is null ? null : records.FirstOrDefault(r => r.Registry == registry && r.Key == key);

    /// <summary>
    /// Why a document with a term does not cover the booked date, or null when it does: the
    /// document must still be valid on the day the vehicle crosses, not just today.
    /// </summary>
    public string? TermProblem(string document, RegistryRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.ValidUntil is not { } until || until >= BookedDate)
        {
            return null;
        }

        return until < Today
            ? $"{document} {record.Reference} expired on {until:yyyy-MM-dd}"
            : $"{document} {record.Reference} expires on {until:yyyy-MM-dd}, before the booked date {BookedDate:yyyy-MM-dd}";
    }
}
