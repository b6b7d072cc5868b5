using Mediator;
using Seo.Application.Audit.SearchAuditTrail;
using Seo.Application.Audit.VerifyAuditTrail;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

internal static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/admin/audit", async (
                    string? actor, string? action, string? target, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
                    IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(
                    new SearchAuditTrail(actor, action, target, from, to, page ?? 1, pageSize ?? SearchAuditTrail.DefaultPageSize), ct)).ToOk())
            .WithName("SearchAuditTrail")
            .WithSummary("Search the audit trail of staff and security actions, newest first: by actor, action, target and time (registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces<AuditSearchResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/admin/audit/verification", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(AuditVerificationDto.From(await mediator.Send(new VerifyAuditTrail(), ct))))
            .WithName("VerifyAuditTrail")
            .WithSummary("Verify the audit trail's hash chain and name the first entry where it breaks (registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces<AuditVerificationDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    /// <summary>Whether the chain is intact; if not, the first bad entry and what is wrong with it.</summary>
    internal sealed record AuditVerificationDto(bool Intact, long Verified, long? FirstBadSequence, string? Problem)
    {
        public static AuditVerificationDto From(Domain.Audit.AuditVerification verification) =>
            new(verification.IsIntact, verification.Entries, verification.FirstBadSequence, verification.Problem);
    }
}
