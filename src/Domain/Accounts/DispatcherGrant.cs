using Seo.Domain.Common;
using Seo.Domain.Identity;

namespace Seo.Domain.Accounts;

public readonly record struct DispatcherGrantId(Guid Value)
{
    public static DispatcherGrantId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>
/// R15: an organisation (a legal entity whose BIN its account has proven) lets another user account
/// book its trucks as its dispatcher. The bookings are the organisation's (R16.3, R36); revoking the
/// grant stops the dispatcher's next booking at once.
/// </summary>
public sealed class DispatcherGrant : AggregateRoot<DispatcherGrantId>
{
    private DispatcherGrant()
    {
    }

    public AccountId Organisation { get; private set; }

    public AccountId Dispatcher { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public static Result<DispatcherGrant> Grant(Account organisation, Account dispatcher, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(dispatcher);
        if (organisation.Role != Role.User || organisation.Owner?.Kind != OwnerKind.LegalEntity || organisation.ProvenTaxId is null)
        {
            return IdentityErrors.NotAnOrganisation;
        }

        if (dispatcher.Role != Role.User || dispatcher.Id == organisation.Id)
        {
            return IdentityErrors.DispatcherInvalid;
        }

        var grant = new DispatcherGrant { Id = DispatcherGrantId.New(), Organisation = organisation.Id, Dispatcher = dispatcher.Id, GrantedAt = now };
        grant.Raise(new DispatcherGranted(grant.Id, organisation.Id, dispatcher.Id, now));
        return grant;
    }

    /// <summary>Stops the dispatcher booking for the organisation; revoking twice changes nothing.</summary>
    public void Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            return;
        }

        RevokedAt = now;
        Raise(new DispatcherRevoked(Id, Organisation, Dispatcher, now));
    }
}

public sealed record DispatcherGranted(DispatcherGrantId GrantId, AccountId Organisation, AccountId Dispatcher, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);

public sealed record DispatcherRevoked(DispatcherGrantId GrantId, AccountId Organisation, AccountId Dispatcher, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
