using Mediator;
using Seo.Application.PriorityLists.Common;
using Seo.Application.PriorityLists.GetPriorityList;
using Seo.Application.PriorityLists.ListPriorityListVersions;
using Seo.Application.PriorityLists.UploadPriorityList;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

internal static class PriorityListEndpoints
{
    public static RouteGroupBuilder MapPriorityListEndpoints(this RouteGroupBuilder api)
    {
        var lists = api.MapGroup("/admin/priority-lists").WithTags("Administration").RequireAuthorization(Policies.Registrar);

        lists.MapPut("/{kind}", async (string kind, PriorityListUpload body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new UploadPriorityList(kind, body.Vehicles, body.ExpectedVersion), ct)).ToOk())
            .WithName("UploadPriorityList")
            .WithSummary("Upload the whole list of the designated postal operator's or the authorised economic operators' vehicles; it becomes the list's next version (R6, registrar only)")
            .WithDescription("kind is 'postal-operator' or 'authorised-economic-operators'. Each vehicle gives its plate with its country of registration, " +
                "its VIN, or both; AEO entries may name the operator (BIN, name). With expectedVersion, an upload made after someone else's is refused " +
                "with 409 priority-list-version-stale instead of replacing a list it never saw.")
            .Produces<PriorityListDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        lists.MapGet("/{kind}", async (string kind, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetPriorityList(kind), ct)).ToOk())
            .WithName("GetPriorityList")
            .WithSummary("The current version of a priority list with its vehicles, who uploaded it and when; version 0 before the first upload (registrar only)")
            .Produces<PriorityListDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        lists.MapGet("/{kind}/versions", async (string kind, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListPriorityListVersions(kind, page ?? 1, pageSize ?? 20), ct)).ToOk())
            .WithName("ListPriorityListVersions")
            .WithSummary("A priority list's history: every version, newest first, with who uploaded it, when and how many vehicles it listed (registrar only)")
            .Produces<PriorityListHistory>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    /// <summary>The body of an upload: the whole list.</summary>
    /// <param name="Vehicles">Every vehicle on the list; an empty array empties it.</param>
    /// <param name="ExpectedVersion">The version the upload replaces (0 before the first upload); omit it to replace whatever is current.</param>
    internal sealed record PriorityListUpload(IReadOnlyList<PriorityVehicleInput>? Vehicles, int? ExpectedVersion);
}
