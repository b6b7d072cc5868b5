using System.Text.Json;
using Mediator;
using Microsoft.Extensions.Options;
using Seo.Application.Common.Ports;
using Seo.Application.Live;
using Seo.Application.Live.Boards;
using Seo.Application.Live.Boards.GetBoard;
using Seo.Application.Live.GetCheckpointLive;
using Seo.Application.Live.OpenLiveFeed;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;
using Seo.WebApi.OpenApi;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Seo.WebApi.Endpoints;

/// <summary>R4, R2.1: the officers' live view of a checkpoint; R12, R32: its public information board. Both as a snapshot and as server-sent events.</summary>
internal static class LiveEndpoints
{
    public static RouteGroupBuilder MapLiveEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/admin/checkpoints/{code}/live", async (string code, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetCheckpointLive(code), ct)).ToOk())
            .WithName("GetCheckpointLive")
            .WithSummary("The checkpoint live (R4, R2.1): queue in R31 order, called, on the territory, crossed today, open alerts, devices; position and lag (officers, registrar)")
            .WithTags("Live")
            .RequireAuthorization(Policies.OfficerOrRegistrar)
            .Produces<CheckpointLiveDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/admin/checkpoints/{code}/live/events", async (
                    string code, string? lastEventId, HttpContext http, IMediator mediator, ICheckpointLiveReadModel live,
                    IOptions<JsonOptions> json, LiveStreamOptions options, TimeProvider clock) =>
                {
                    if (!ServerSentEvents.TryResumePoint(http.Request, lastEventId, out var resume))
                    {
                        return ServerSentEvents.InvalidResumePoint();
                    }

                    var feed = await mediator.Send(new OpenLiveFeed(code), http.RequestAborted);
                    if (!feed.IsSuccess)
                    {
                        return Problems.From(feed.Error);
                    }

                    var zone = feed.Value.Zone;
                    await ServerSentEvents.StreamAsync(
                        http, live, feed.Value.Checkpoint, resume ?? feed.Value.Position, movement => LiveView.ToDto(movement, [], zone),
                        json.Value.SerializerOptions, options, clock);
                    return Results.Empty;
                })
            .WithName("StreamCheckpointLive")
            .WithSummary("Movements at the checkpoint as server-sent events (R4, R2.1): id = stream position, event = vehicle | alert | device | read | reload; resume with Last-Event-ID (officers, registrar)")
            .WithDescription("Each event's data is one LiveMovementDto as JSON. Send Last-Event-ID (or ?lastEventId= with the position of a snapshot) to resume; " +
                "a resume older than the replay buffer gets a 'reload' event: read GET …/live again. Idle streams get a comment every 15 s.")
            .WithTags("Live")
            .RequireAuthorization(Policies.OfficerOrRegistrar)
            .Produces<string>(StatusCodes.Status200OK, ServerSentEvents.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/boards/{code}", async (string code, HttpContext http, IMediator mediator, IOptions<JsonOptions> json, BoardOptions boards) =>
                {
                    var board = await mediator.Send(new GetBoard(code), http.RequestAborted);
                    if (!board.IsSuccess)
                    {
                        return Problems.From(board.Error);
                    }

                    // Boards poll; a shared cache (or the board itself) revalidates with the ETag and gets 304 while nothing moved.
                    return CacheableAnswer.Of(
                        http, JsonSerializer.SerializeToUtf8Bytes(board.Value, json.Value.SerializerOptions), "application/json", boards.MaxAgeSeconds);
                })
            .WithName("GetBoard")
            .WithSummary("The checkpoint's information board (R12, R32): plates expected today, the queue, who is called, on the territory, crossed; plates masked")
            .WithDescription("Public and cacheable (Cache-Control: public, max-age; ETag, If-None-Match → 304). No owner, VIN or booking identity is shown.")
            .WithTags("Boards")
            .AllowAnonymous()
            .Produces<BoardDto>()
            .WithCacheableAnswer()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/boards/{code}/events", async (
                    string code, string? lastEventId, HttpContext http, IMediator mediator, ICheckpointLiveReadModel live,
                    IOptions<JsonOptions> json, LiveStreamOptions options, BoardOptions boards, TimeProvider clock) =>
                {
                    if (!ServerSentEvents.TryResumePoint(http.Request, lastEventId, out var resume))
                    {
                        return ServerSentEvents.InvalidResumePoint();
                    }

                    var feed = await mediator.Send(new OpenLiveFeed(code), http.RequestAborted);
                    if (!feed.IsSuccess)
                    {
                        return Problems.From(feed.Error);
                    }

                    await ServerSentEvents.StreamAsync(
                        http, live, feed.Value.Checkpoint, resume ?? feed.Value.Position, movement => Board.ToDto(movement, boards.PlateMask),
                        json.Value.SerializerOptions, options, clock);
                    return Results.Empty;
                })
            .WithName("StreamBoard")
            .WithSummary("The board's changes as server-sent events (R12, R32): id = stream position, event = vehicle | reload; resume with Last-Event-ID")
            .WithDescription("Each event's data is one BoardMovementDto as JSON, its plate masked. A 'reload' event means: read GET /boards/{code} again.")
            .WithTags("Boards")
            .AllowAnonymous()
            .Produces<string>(StatusCodes.Status200OK, ServerSentEvents.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }
}
