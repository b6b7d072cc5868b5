using Mediator;
using Seo.Application.Checkpoints.RebuildAvailability;
using Seo.Application.Live;
using Seo.Application.Live.RebuildLive;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

internal static class ReadModelEndpoints
{
    public static RouteGroupBuilder MapReadModelEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/admin/read-models/availability/rebuild", async (string? checkpoint, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RebuildAvailability(checkpoint, from, to), ct)).ToOk())
            .WithName("RebuildAvailability")
            .WithSummary("Rebuild slot availability from the write store: one checkpoint or all, yesterday to the horizon by default (registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            // Not wrapped in an Idempotency-Key transaction: on SQLite that would hold the one
            // write turn for the whole rebuild and stop every booking meanwhile. A repeated
            // rebuild is harmless anyway: it copies the ledger again.
            .WithMetadata(new SkipIdempotency())
            .Produces<AvailabilityRebuildDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapPost("/admin/read-models/live/rebuild", async (string? checkpoint, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RebuildLive(checkpoint), ct)).ToOk())
            .WithName("RebuildLive")
            .WithSummary("Rebuild the checkpoints' live views and boards from the write store: one checkpoint or all (registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            // As the availability rebuild: no Idempotency-Key transaction around it, and a repeat is harmless.
            .WithMetadata(new SkipIdempotency())
            .Produces<LiveRebuildDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }
}
