using Seo.Domain.Accounts;

namespace Seo.Application.Common.Ports;

/// <summary>Who sent the request, as the transport authenticated them.</summary>
public interface ICurrentUser
{
    AccountId? AccountId { get; }

    Role? Role { get; }

    /// <summary>The session (refresh-token family) the access token was issued under.</summary>
    Guid? SessionId { get; }
}
