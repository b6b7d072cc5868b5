using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;

namespace Seo.Application.Bookings.Common;

/// <summary>Loads a booking the current user may act on: their own; anyone else's is "not found".</summary>
public static class BookingAccess
{
    public static async Task<Booking?> OwnBookingAsync(this IRepository<Booking> bookings, ICurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        ArgumentNullException.ThrowIfNull(user);
        return user.AccountId is { } owner
            ? await bookings.FirstOrDefaultAsync(new OwnBookingSpec(new BookingId(id), owner), cancellationToken)
            : null;
    }

    /// <summary>Officers and the registrar read any booking; users their own.</summary>
    public static async Task<Booking?> VisibleBookingAsync(this IRepository<Booking> bookings, ICurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        ArgumentNullException.ThrowIfNull(user);
        return user.Role is Role.Officer or Role.Registrar
            ? await bookings.FirstOrDefaultAsync(new BookingByIdSpec(new BookingId(id)), cancellationToken)
            : await bookings.OwnBookingAsync(user, id, cancellationToken);
    }
}
