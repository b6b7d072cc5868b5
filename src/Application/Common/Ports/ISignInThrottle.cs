namespace Seo.Application.Common.Ports;

/// <summary>
/// Failed sign-ins counted per account (the e-mail as given, known or not) and per client address,
/// in the write store so that every instance sees them. After a number of failures the account or
/// the address is locked for a while, longer after each further failure; a success clears the account's count.
/// </summary>
public interface ISignInThrottle
{
    /// <summary>How long the e-mail or the address is still locked, or null when neither is.</summary>
    Task<TimeSpan?> LockedForAsync(string email, string? clientAddress, CancellationToken cancellationToken);

    /// <summary>Counts a wrong password (or unknown e-mail) against both, locking whichever has reached its limit.</summary>
    Task RecordFailureAsync(string email, string? clientAddress, CancellationToken cancellationToken);

    /// <summary>Clears the e-mail's count; the address keeps its own.</summary>
    Task RecordSuccessAsync(string email, CancellationToken cancellationToken);
}
