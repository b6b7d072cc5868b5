using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Audit;

namespace Seo.Application.Audit.VerifyAuditTrail;

/// <summary>Verifies the whole audit chain and says where it first breaks, if it does.</summary>
public sealed record VerifyAuditTrail : IQuery<AuditVerification>;

public sealed class VerifyAuditTrailHandler(IAuditLog log) : IQueryHandler<VerifyAuditTrail, AuditVerification>
{
    public async ValueTask<AuditVerification> Handle(VerifyAuditTrail query, CancellationToken cancellationToken) =>
        await log.VerifyAsync(cancellationToken);
}
