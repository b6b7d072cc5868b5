using Seo.Application.Common.Ports;

namespace Seo.Application.Bookings.Common;

/// <summary>
/// R15: what a dispatcher does with its organisation's booking is the organisation's act, done by
/// the dispatcher; the audit trail names the dispatcher as actor and the organisation in the
/// details. The owner acting on its own booking writes nothing here, as before.
/// </summary>
public static class DispatcherActions
{
    /// <summary>The entry for <paramref name="booking"/> when the caller is not its owner; otherwise none.</summary>
    public static AuditRecord? On(ICurrentUser caller, string action, BookingDto? booking) =>
        booking is null ? null : For(caller, action, booking.Owner.AccountId, booking.Id.ToString(), new { organisation = booking.Owner.AccountId, number = booking.Number });

    /// <summary>The entry for an act on <paramref name="target"/> owned by <paramref name="owner"/> when the caller is someone else; otherwise none.</summary>
    public static AuditRecord? For(ICurrentUser caller, string action, Guid owner, string target, object details)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.AccountId is { } actor && actor.Value != owner ? new AuditRecord(action, target, details) : null;
    }
}
