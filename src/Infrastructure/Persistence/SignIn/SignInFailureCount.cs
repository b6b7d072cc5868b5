namespace Seo.Infrastructure.Persistence.SignIn;

/// <summary>
/// Failed sign-ins of one e-mail or one client address, and until when it is locked. The key is a
/// hash, so the table holds neither e-mails nor addresses; times are Unix milliseconds, compared
/// alike on every provider.
/// </summary>
public sealed class SignInFailureCount
{
    public const int KeyLength = 66;

    /// <summary>"e:" or "a:" and the SHA-256 of the normalised e-mail or the address, in hex.</summary>
    public required string Key { get; init; }

    public int Failures { get; set; }

    public long LastFailureAt { get; set; }

    /// <summary>Zero when never locked.</summary>
    public long LockedUntil { get; set; }
}
