using Seo.Domain.Accounts;

namespace Seo.Application.Common.Ports;

/// <summary>
/// Asked on every request that carries an access token: is its account still enabled, under the
/// same security stamp, and its session (refresh-token family) not revoked? One small read of
/// the write store, so a disabled account, a sign-out or a new password stops every instance at once.
/// </summary>
public interface IAccountSessionCheck
{
    Task<bool> IsActiveAsync(AccountId account, Guid session, int securityStamp, CancellationToken cancellationToken);
}
