using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Seo.Domain.Audit;

/// <summary>
/// One line of the tamper-evident audit trail of staff and security actions. Entries form a
/// chain: each carries the hash of the one before, and its own hash covers every field and that
/// previous hash, so editing, deleting or reordering a stored entry breaks the chain at that
/// entry (<see cref="AuditChain.Verify"/>). Entries are never changed once chained.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    private AuditEntry()
    {
    }

    /// <summary>1, 2, 3 … with no gaps; the store's key.</summary>
    public long Sequence { get; private set; }

    /// <summary>When it happened, to the millisecond (every store keeps that exactly, so the hash survives a round trip).</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>The acting account's id, or <c>system</c>, or <c>anonymous</c>.</summary>
    public string Actor { get; private set; } = string.Empty;

    /// <summary>What was done, e.g. <c>account.disabled</c> (docs/audit.md lists them).</summary>
    public string Action { get; private set; } = string.Empty;

    /// <summary>What it was done to, e.g. an account, a booking or a device id; empty when nothing in particular.</summary>
    public string Target { get; private set; } = string.Empty;

    /// <summary>The details as a JSON object, hashed exactly as stored.</summary>
    public string Details { get; private set; } = "{}";

    public string PreviousHash { get; private set; } = string.Empty;

    public string Hash { get; private set; } = string.Empty;

    public bool IsChained => Hash.Length > 0;

    /// <summary>An entry still to be chained: the store gives it its place when it is written.</summary>
    public static AuditEntry Draft(DateTimeOffset at, string actor, string action, string? target, string details)
    {
        ArgumentException.ThrowIfNullOrEmpty(actor);
        ArgumentException.ThrowIfNullOrEmpty(action);
        ArgumentException.ThrowIfNullOrEmpty(details);
        var utc = at.ToUniversalTime();
        return new AuditEntry
        {
            At = new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
            Actor = actor,
            Action = action,
            Target = target ?? string.Empty,
            Details = details,
        };
    }

    /// <summary>Gives a draft its place after <paramref name="previousHash"/> and seals it.</summary>
    public void Chain(long sequence, string previousHash)
    {
        if (IsChained)
        {
            throw new InvalidOperationException("An audit entry is chained once.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentException.ThrowIfNullOrEmpty(previousHash);
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    /// <summary>
    /// SHA-256 (lower-case hex) over the canonical encoding: each field as its UTF-8 length and
    /// bytes, in a fixed order — sequence, time (UTC ticks), actor, action, target, details,
    /// previous hash — so no two different entries encode alike.
    /// </summary>
    public string ComputeHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var field in new[]
                 {
                     Sequence.ToString(CultureInfo.InvariantCulture), At.UtcTicks.ToString(CultureInfo.InvariantCulture),
                     Actor, Action, Target, Details, PreviousHash,
                 })
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <summary>What verifying the chain found: intact, or the first entry where it breaks and why.</summary>
public sealed record AuditVerification(long Entries, long? FirstBadSequence, string? Problem)
{
    public bool IsIntact => FirstBadSequence is null;
}

/// <summary>
/// Walks the entries in sequence order, one at a time (so a long trail is read in pages). Each
/// must follow the one before without a gap, carry its hash as previous hash, and hash to what
/// it stores; the last must be the store's recorded head, so entries cut off the end are found too.
/// </summary>
public sealed class AuditChainVerifier
{
    private long _expectedSequence = 1;
    private string _previousHash = AuditEntry.Genesis;

    /// <summary>The first break found, if any; once broken, later entries are not judged.</summary>
    public AuditVerification? Broken { get; private set; }

    public long Verified { get; private set; }

    /// <summary>Checks the next entry; false once the chain is broken.</summary>
    public bool Accept(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (Broken is not null)
        {
            return false;
        }

        var problem = entry.Sequence != _expectedSequence
            ? entry.Sequence > _expectedSequence
                ? $"entry {_expectedSequence} is missing (the next stored entry is {entry.Sequence})"
                : $"entry {entry.Sequence} is out of order"
            : !string.Equals(entry.PreviousHash, _previousHash, StringComparison.Ordinal)
                ? $"entry {entry.Sequence} does not follow entry {entry.Sequence - 1} (its previous hash differs)"
                : !string.Equals(entry.ComputeHash(), entry.Hash, StringComparison.Ordinal)
                    ? $"entry {entry.Sequence} was altered (its hash does not match its contents)"
                    : null;
        if (problem is not null)
        {
            Broken = new AuditVerification(Verified, _expectedSequence, problem);
            return false;
        }

        _previousHash = entry.Hash;
        _expectedSequence++;
        Verified++;
        return true;
    }

    /// <summary>The verdict once every stored entry was offered; <paramref name="headSequence"/> is how many the store says it appended.</summary>
    public AuditVerification Finish(long headSequence) =>
        Broken ?? (Verified < headSequence
            ? new AuditVerification(Verified, _expectedSequence, $"entries {_expectedSequence} to {headSequence} are missing from the end")
            : new AuditVerification(Verified, null, null));

    public static AuditVerification Verify(IEnumerable<AuditEntry> entriesInOrder, long headSequence)
    {
        ArgumentNullException.ThrowIfNull(entriesInOrder);
        var verifier = new AuditChainVerifier();
        foreach (var entry in entriesInOrder)
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Finish(headSequence);
    }
}
