namespace Seo.Infrastructure.Verification.Simulated.Checks;

/// <summary>A refusal by a listing registry (wanted, debts, fines) names the entry, and what it is about when the registry says.</summary>
internal static class Listing
{
    public static string Reason(string what, RegistryRecord entry) =>
        entry.Note is null ? $"{what} (entry {entry.Reference})" : $"{what} (entry {entry.Reference}: {entry.Note})";
}
