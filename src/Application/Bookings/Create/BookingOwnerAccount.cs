using Seo.Application.Accounts;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.Create;

/// <summary>
/// Whose booking a request makes (R16.3, R15): the caller's own, or — for a dispatcher naming the
/// organisation in <c>onBehalfOf</c> — the organisation's, while its grant is in force.
/// </summary>
public sealed class BookingOwnerAccount(IRepository<Account> accounts, BookingAccess access, ICurrentUser currentUser)
{
    /// <param name="readOnly">Untracked: read ahead of the command's transaction.</param>
    public async Task<Result<Account>> ResolveAsync(Guid? onBehalfOf, bool readOnly, CancellationToken cancellationToken)
    {
        var caller = currentUser.AccountId is { } id ? await accounts.FirstOrDefaultAsync(new AccountByIdSpec(id, readOnly), cancellationToken) : null;
        if (caller is null || caller.Role != Role.User)
        {
            return AccountErrors.NotAUser;
        }

        if (onBehalfOf is not { } organisationId || organisationId == caller.Id.Value)
        {
            return caller;
        }

        var organisation = new AccountId(organisationId);
        var owner = await access.ActsForAsync(organisation, cancellationToken)
            ? await accounts.FirstOrDefaultAsync(new AccountByIdSpec(organisation, readOnly), cancellationToken)
            : null;
        return owner is null ? IdentityErrors.NotADispatcher : owner;
    }
}
