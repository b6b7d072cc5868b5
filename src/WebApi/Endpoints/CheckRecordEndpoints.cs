using Mediator;
using Seo.Application.Verification.Common;
using Seo.Application.Verification.GetBookingChecks;
using Seo.Application.Verification.GetCheckRecord;
using Seo.Application.Verification.ListMyChecks;
using Seo.Application.Verification.SearchCheckRecords;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

/// <summary>R20: the audit trail of the automated checks, for the owner and for officers.</summary>
internal static class CheckRecordEndpoints
{
    public static RouteGroupBuilder MapCheckRecordEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/bookings/{id:guid}/checks", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetBookingChecks(id), ct)).ToOk())
            .WithName("GetBookingChecks")
            .WithSummary("The checks that issued a booking and those of every reschedule asked for it, newest first (R20; owner and its active dispatchers, officers, registrar)")
            .WithTags("Checks")
            .RequireAuthorization()
            .Produces<BookingCheckTrail>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/checks", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListMyChecks(page ?? 1, pageSize ?? 20), ct)).ToOk())
            .WithName("ListMyChecks")
            .WithSummary("The caller's check records, refused requests included, newest first (R20)")
            .WithTags("Checks")
            .RequireAuthorization(Policies.User)
            .Produces<CheckRecordPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/checks/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetCheckRecord(id), ct)).ToOk())
            .WithName("GetCheckRecord")
            .WithSummary("One check record: the caller's own (officers and the registrar read any)")
            .WithTags("Checks")
            .RequireAuthorization()
            .Produces<CheckRecordDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/admin/checks", async (string? plate, string? vin, Guid? account, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
                    IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SearchCheckRecords(plate, vin, account, from, to, page ?? 1, pageSize ?? 20), ct)).ToOk())
            .WithName("SearchCheckRecords")
            .WithSummary("Search every check record (R20; officers and the registrar)")
            .WithDescription("plate and vin: exact (plates normalised); account: who asked; from/to: ISO 8601 with offset, [from, to); " +
                "newest first; page from 1; pageSize 1–100; page × pageSize ≤ 10,000.")
            .WithTags("Checks")
            .RequireAuthorization(Policies.OfficerOrRegistrar)
            .Produces<CheckRecordPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
