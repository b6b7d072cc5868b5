using Seo.Domain.Identity;

namespace Seo.Application.Common;

/// <summary>
/// Equality on a personal-data column that the store keeps encrypted (an owner's IIN/BIN, …).
/// Encrypted values differ at every write, so a specification never compares the column itself:
/// it writes <c>Query.Where(a =&gt; PersonalDataLookup.Matches(a.Owner!.TaxId, taxId))</c>, and the
/// write store turns that into an equality on the column's keyed look-up hash, which is indexed
/// (docs/personal-data.md). Evaluated in memory it is plain equality.
/// </summary>
public static class PersonalDataLookup
{
    /// <summary>Whether the stored <paramref name="column"/> equals <paramref name="value"/>; nulls match nothing.</summary>
    public static bool Matches(string? column, string? value) =>
        column is not null && value is not null && string.Equals(column, value, StringComparison.Ordinal);

    /// <summary>Whether the stored e-mail <paramref name="column"/> equals <paramref name="value"/> (both already lower-cased).</summary>
    public static bool Matches(EmailAddress? column, EmailAddress? value) => Matches(column?.Value, value?.Value);
}
