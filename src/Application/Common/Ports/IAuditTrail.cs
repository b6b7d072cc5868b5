using Seo.Domain.Audit;

namespace Seo.Application.Common.Ports;

/// <summary>
/// Appends to the tamper-evident audit trail of staff and security actions (docs/audit.md). The
/// actor is the signed-in caller unless the record names one.
/// </summary>
public interface IAuditTrail
{
    /// <summary>
    /// Records an action of the command under way: written, chained, in its transaction when it
    /// commits, and gone with it if it is refused or fails — the trail holds what happened.
    /// </summary>
    void Record(AuditRecord record);

    /// <summary>Writes at once, in a transaction of its own: for what is no command (a read of personal data, a failed sign-in).</summary>
    Task WriteAsync(AuditRecord record, CancellationToken cancellationToken);
}

/// <param name="Action">One of <see cref="Audit.AuditActions"/>.</param>
/// <param name="Target">What it was done to (an account, booking or device id), if anything in particular.</param>
/// <param name="Details">Serialized as a JSON object.</param>
/// <param name="Actor">Who, when not the signed-in caller: an account id, <see cref="AuditRecord.System"/> or <see cref="AuditRecord.Anonymous"/>.</param>
public sealed record AuditRecord(string Action, string? Target, object? Details = null, string? Actor = null)
{
    public const string System = "system";
    public const string Anonymous = "anonymous";
}

/// <summary>Reads the audit trail: searched by the registrar, verified by the registrar or the <c>verify-audit</c> command.</summary>
public interface IAuditLog
{
    Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Walks the whole chain in order, a page at a time, and says where it first breaks.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);
}

public sealed record AuditQuery(string? Actor, string? Action, string? Target, DateTimeOffset? From, DateTimeOffset? To, int Skip, int Take);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Total);
