using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Checkpoints.GetAvailability;
using Seo.Application.Checkpoints.ListCheckpoints;
using Seo.Application.Checkpoints.SetWaitingZone;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

internal static class CheckpointEndpoints
{
    /// <summary>Which store answered an availability query: <c>read-model</c>, or <c>write-store</c> while the read model is unreachable.</summary>
    public const string AvailabilitySourceHeader = "Seo-Availability-Source";

    public static RouteGroupBuilder MapCheckpointEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/checkpoints", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListCheckpoints(), ct)))
            .WithName("ListCheckpoints")
            .WithSummary("The 41 road checkpoints with country, region and capacity (R5)")
            .WithTags("Checkpoints")
            .AllowAnonymous();

        api.MapGet("/checkpoints/{code}/availability", async (string code, DateOnly? from, DateOnly? to, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var availability = await mediator.Send(new GetAvailability(code, from, to), ct);
                if (availability.IsSuccess)
                {
                    // Visible to clients and load balancers: the read model was down and the write store answered.
                    http.Response.Headers[AvailabilitySourceHeader] = availability.Value.Source == AvailabilitySource.ReadModel ? "read-model" : "write-store";
                }

                return availability.ToOk();
            })
            .WithName("GetAvailability")
            .WithSummary("Free capacity by interval between two checkpoint-local dates (default: today)")
            .WithTags("Checkpoints")
            .AllowAnonymous()
            .Produces<AvailabilityDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/checkpoints/{code}/days/{date}/draw", async (string code, DateOnly date, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new Application.Draws.GetDraw.GetDayDraw(code, date), ct)).ToOk())
            .WithName("GetDayDraw")
            .WithSummary("The fair release of a checkpoint-day (R22): the seed's commitment; after the draw the seed, every entry in draw order and what it came to, for anyone to verify (docs/fair-release.md)")
            .WithTags("Checkpoints")
            .AllowAnonymous()
            .Produces<Application.Draws.GetDraw.DayDrawDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("/admin/checkpoints/{code}/waiting-zone", async (string code, WaitingZoneRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetWaitingZone(code, request.HasWaitingZone), ct)).ToOk())
            .WithName("SetWaitingZone")
            .WithSummary("Record whether a checkpoint has a waiting zone (R31): with one, vehicles wait and are called from it; without, the entry admits them from their call time (registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces<CheckpointDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>Whether the checkpoint has a waiting zone.</summary>
    internal sealed record WaitingZoneRequest(bool? HasWaitingZone);
}
