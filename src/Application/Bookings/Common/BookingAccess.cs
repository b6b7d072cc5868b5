using Seo.Application.Accounts;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;

namespace Seo.Application.Bookings.Common;

/// <summary>
/// Whose bookings the caller acts on (R15, R16.3): its own, and those of every organisation whose
/// grant to it as a dispatcher is in force — read again at each request, so a revoked dispatcher is
/// a stranger from its next request on. Anyone else's booking is "not found", never "forbidden":
/// a stranger learns nothing about it. An organisation the registrar disabled cannot sign in, and
/// its dispatchers no longer act for it either. The one place the carrier-side booking use cases ask.
/// </summary>
public sealed class BookingAccess(
    IRepository<Booking> bookings, IRepository<DispatcherGrant> grants, IRepository<Account> accounts, ICurrentUser currentUser)
{
    /// <summary>
    /// Whether the caller acts for <paramref name="account"/>: it is that account, or a user account
    /// the account made its dispatcher and has not revoked, while the account is not disabled.
    /// </summary>
    public async Task<bool> ActsForAsync(AccountId account, CancellationToken cancellationToken)
    {
        if (currentUser.AccountId is not { } caller)
        {
            return false;
        }

        if (caller == account)
        {
            return true;
        }

        return currentUser.Role == Role.User
            && await grants.AnyAsync(new ActiveDispatcherGrantSpec(account, caller), cancellationToken)
            && await accounts.FirstOrDefaultAsync(new AccountByIdSpec(account, readOnly: true), cancellationToken) is { IsDisabled: false };
    }

    /// <summary>
    /// A booking the caller may pay, reschedule, cancel or read as its owner would: the caller's own,
    /// or an organisation's it dispatches for. A dispatcher's own bookings are its own: the
    /// organisation and its other dispatchers do not reach them.
    /// </summary>
    /// <param name="readOnly">Untracked: read ahead of a command's transaction, it must not stand in for the copy read inside it.</param>
    public async Task<Booking?> ActionableAsync(Guid id, CancellationToken cancellationToken, bool readOnly = false)
    {
        if (currentUser.AccountId is null)
        {
            return null;
        }

        var booking = await bookings.FirstOrDefaultAsync(new BookingByIdSpec(new BookingId(id), readOnly), cancellationToken);
        return booking is not null && await ActsForAsync(booking.Owner.AccountId, cancellationToken) ? booking : null;
    }

    /// <summary>
    /// Whether the caller may read what is kept about booking <paramref name="id"/> (its messages,
    /// its checks) by the rule of <see cref="VisibleAsync"/>, reading only the booking's owner, not the booking.
    /// </summary>
    public async Task<bool> MaySeeAsync(Guid id, CancellationToken cancellationToken)
    {
        var owner = await bookings.FirstOrDefaultAsync(new BookingOwnerSpec(new BookingId(id)), cancellationToken);
        return owner is { } found && (currentUser.Role is Role.Officer or Role.Registrar || await ActsForAsync(found, cancellationToken));
    }

    /// <summary>Officers and the registrar read any booking; users those they act on (<see cref="ActionableAsync"/>).</summary>
    public async Task<Booking?> VisibleAsync(Guid id, CancellationToken cancellationToken) =>
        currentUser.Role is Role.Officer or Role.Registrar
            ? await bookings.FirstOrDefaultAsync(new BookingByIdSpec(new BookingId(id), readOnly: true), cancellationToken)
            : await ActionableAsync(id, cancellationToken, readOnly: true);
}
