using Seo.Domain.Common;

namespace Seo.Application.Common.Ports;

/// <summary>
/// Password hashing and verification, which cost deliberate CPU, through a bounded gate: at most a
/// configured number run at once and a few wait; beyond that the request is refused at once
/// (<c>password-check-busy</c>) rather than taking CPU from everyone else.
/// </summary>
public interface IPasswordWork
{
    /// <summary>
    /// The refusal a check would get now (every slot and the queue taken), or null: a caller asks
    /// first, so that a flood is turned away before it costs anything else, such as a store read.
    /// </summary>
    DomainError? BusyNow { get; }

    ValueTask<Result<bool>> VerifyAsync(string password, string hash, CancellationToken cancellationToken);

    ValueTask<Result<string>> HashAsync(string password, CancellationToken cancellationToken);
}
