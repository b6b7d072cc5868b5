using Seo.Domain.Accounts;

namespace Seo.Application.Common.Ports;

/// <summary>
/// Serialises the booking writes of one account: once entered, another transaction entering
/// for the same account waits until this one ends, so the caps counted after entering
/// (<see cref="Bookings.Caps.BookingCapPolicy"/>) cannot be passed by two parallel requests.
/// </summary>
public interface IAccountBookingGate
{
    Task EnterAsync(AccountId account, CancellationToken cancellationToken);
}
