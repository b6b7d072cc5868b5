using Mediator;
using Microsoft.AspNetCore.Mvc;
using Seo.Application.Crossings.Common;
using Seo.Application.Crossings.CountCrossingsPerDay;
using Seo.Application.Crossings.SearchCrossings;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

internal static class CrossingEndpoints
{
    public static RouteGroupBuilder MapCrossingEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/admin/crossings", async ([AsParameters] CrossingSearchParameters p, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(
                    new SearchCrossings(p.Plate, p.PlateMatch, p.Vin, p.BookingNumber, p.Checkpoint, p.Direction, p.Matched, p.From, p.To, p.Sort, p.Page, p.PageSize),
                    ct)).ToOk())
            .WithName("SearchCrossings")
            .WithSummary("Search the crossing log (R4, R10; officers and analysts)")
            .WithDescription("plateMatch: exact | prefix | fuzzy (camera misreads such as 0/O, 8/B); direction: exit | entry; matched: true | false; " +
                "from/to: ISO 8601 with offset, [from, to); sort: newest | oldest; page from 1; pageSize 1–200; page × pageSize ≤ 10,000.")
            .WithTags("Crossings")
            .RequireAuthorization(Policies.OfficerOrAnalyst)
            .Produces<CrossingSearchResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/admin/crossings/per-day", async (string? from, string? to, string? checkpoint, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CountCrossingsPerDay(from, to, checkpoint), ct)).ToOk())
            .WithName("CountCrossingsPerDay")
            .WithSummary("Crossings per checkpoint per day in Kazakhstan time (UTC+5), for at most 366 days (officers and analysts)")
            .WithTags("Crossings")
            .RequireAuthorization(Policies.OfficerOrAnalyst)
            .Produces<CrossingsPerDayResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    /// <summary>The query string of a crossing search, as sent: the use case's validator names each bad one.</summary>
    internal sealed record CrossingSearchParameters(
        [FromQuery(Name = "plate")] string? Plate,
        [FromQuery(Name = "plateMatch")] string? PlateMatch,
        [FromQuery(Name = "vin")] string? Vin,
        [FromQuery(Name = "bookingNumber")] string? BookingNumber,
        [FromQuery(Name = "checkpoint")] string? Checkpoint,
        [FromQuery(Name = "direction")] string? Direction,
        [FromQuery(Name = "matched")] string? Matched,
        [FromQuery(Name = "from")] string? From,
        [FromQuery(Name = "to")] string? To,
        [FromQuery(Name = "sort")] string? Sort,
        [FromQuery(Name = "page")] string? Page,
        [FromQuery(Name = "pageSize")] string? PageSize);
}
