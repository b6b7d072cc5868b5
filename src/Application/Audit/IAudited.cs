using Seo.Application.Common.Ports;

namespace Seo.Application.Audit;

/// <summary>
/// A command or query the audit trail records when it succeeds (<see cref="AuditBehavior{TMessage, TResponse}"/>):
/// a command in its own transaction, a query (a read of personal data) in one of its own.
/// </summary>
public interface IAudited : Mediator.IMessage
{
    /// <summary>The entry to write, given the handler's successful answer; null when this one is not recorded (e.g. a carrier reading their own data).</summary>
    AuditRecord? AuditRecord(object? answer, ICurrentUser caller);
}

/// <summary>Reads of personal data by staff (officers, registrars, analysts) are recorded; a carrier reading their own is not.</summary>
public static class PersonalDataRead
{
    public static AuditRecord? By(ICurrentUser caller, string what, string? target, object? filters)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role is null or Domain.Accounts.Role.User or Domain.Accounts.Role.Device
            ? null
            : new AuditRecord(AuditActions.PersonalDataRead, target, new { what, filters });
    }
}
