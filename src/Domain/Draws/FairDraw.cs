using System.Security.Cryptography;
using System.Text;

namespace Seo.Domain.Draws;

/// <summary>
/// The allocation order of a day's draw, a deterministic function of the seed and the entries so
/// that anyone can recompute it once the seed is revealed (docs/fair-release.md):
/// <list type="number">
/// <item>the seed is 32 random bytes, published first as its commitment, the lower-case hex of SHA-256(seed);</item>
/// <item>each entry's applicant is the lower-case hex of HMAC-SHA256(seed, "account:" + account id), a
/// pseudonym nobody can link to an account or predict before the reveal;</item>
/// <item>each entry's key is the lower-case hex of HMAC-SHA256(seed, "entry:" + entry id);</item>
/// <item>applicants are taken in ascending (ordinal) order of their pseudonym, each applicant's entries in
/// ascending order of their key, and the order is round-robin: every applicant's first entry, then every
/// applicant's second entry, and so on.</item>
/// </list>
/// An applicant with a hundred times more entries is not served sooner: it gets its second place
/// only after every applicant has had a first chance.
/// </summary>
public static class FairDraw
{
    public const int SeedBytes = 32;

    /// <summary>The published commitment to a seed: SHA-256 of its bytes, lower-case hex.</summary>
    public static string Commitment(string seedHex) => Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(seedHex)));

    /// <summary>The pseudonym of an account in one draw.</summary>
    public static string Applicant(string seedHex, Guid account) => Keyed(seedHex, "account:" + account.ToString("D"));

    /// <summary>The seeded key that orders one applicant's entries.</summary>
    public static string EntryKey(string seedHex, Guid entry) => Keyed(seedHex, "entry:" + entry.ToString("D"));

    /// <summary>The draw order of <paramref name="entries"/> (entry id and applicant pseudonym each).</summary>
    public static IReadOnlyList<T> Order<T>(string seedHex, IEnumerable<T> entries, Func<T, Guid> entryId, Func<T, string> applicant)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var queues = entries
            .GroupBy(applicant, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(e => EntryKey(seedHex, entryId(e)), StringComparer.Ordinal).ToList())
            .ToList();
        var order = new List<T>(queues.Sum(q => q.Count));
        for (var round = 0; order.Count < order.Capacity; round++)
        {
            order.AddRange(queues.Where(q => q.Count > round).Select(q => q[round]));
        }

        return order;
    }

    private static string Keyed(string seedHex, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromHexString(seedHex), Encoding.UTF8.GetBytes(message)));
}
