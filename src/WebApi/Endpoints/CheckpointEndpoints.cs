using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Checkpoints.CapacityPlans;
using Seo.Application.Checkpoints.CapacityPlans.GetCapacityCalendar;
using Seo.Application.Checkpoints.CapacityPlans.GetCapacityPlan;
using Seo.Application.Checkpoints.CapacityPlans.ReviseCapacityPlan;
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
                    http.SayAvailabilitySource(availability.Value.Source);
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

        api.MapGet("/admin/checkpoints/{code}/capacity", async (string code, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetCapacityPlan(code, from, to), ct)).ToOk())
            .WithName("GetCapacityPlan")
            .WithSummary("A checkpoint's capacity plan (R22): its version, the baseline, every version with who, when and why, and what each day sells (registrar only)")
            .WithDescription("from, to: the checkpoint-local days to list (YYYY-MM-DD), today to the 90-day horizon by default, at most 366 days. " +
                "version is what a change must name as expectedVersion. Each day shows its schedule, the version it comes from (null: the baseline) " +
                "and the reason of the exception that applies to it, if any.")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces<CapacityPlanDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/admin/checkpoints/{code}/capacity/calendar", async (string code, DateOnly? from, DateOnly? to, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var calendar = await mediator.Send(new GetCapacityCalendar(code, from, to), ct);
                if (calendar.IsSuccess)
                {
                    http.SayAvailabilitySource(calendar.Value.Source);
                }

                return calendar.ToOk();
            })
            .WithName("GetCapacityCalendar")
            .WithSummary("A checkpoint's capacity calendar (R22, R6): per day and interval, the places the plan sells and what is booked, of which priority, with the day's priority limit (officers, registrar)")
            .WithDescription("from, to: checkpoint-local days (YYYY-MM-DD), today and the six days after by default, at most 31 days. Each day names the " +
                "plan version it follows (null: the baseline) and its exception's reason. Read from the availability read model; the " +
                "Seo-Availability-Source header says write-store while that is unreachable.")
            .WithTags("Administration")
            .RequireAuthorization(Policies.OfficerOrRegistrar)
            .Produces<CapacityCalendarDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("/admin/checkpoints/{code}/capacity", async (string code, CapacityPlanRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReviseCapacityPlan(code, request.ExpectedVersion, request.EffectiveFrom, request.Week, request.Exceptions, request.Reason), ct)).ToOk())
            .WithName("ReviseCapacityPlan")
            .WithSummary("Make a new version of a checkpoint's capacity plan from a date on: a week of schedules and exceptions for dates or ranges (R22; registrar only)")
            .WithDescription("expectedVersion: the plan's version as last read (409 stale-capacity-plan when another change came first). effectiveFrom: " +
                "today or later, checkpoint-local (400 capacity-change-in-the-past); not before a version already scheduled (409 overlapping-capacity-version), " +
                "a new version from the same date replaces that one. week: every day's schedule (opensAt HH:mm, hoursOpen 1–24, intervalMinutes 10–240 " +
                "dividing the hours, vehiclesPerInterval 0–10 000, 0 for a closed day). exceptions: dates or ranges of at most 366 days with their own " +
                "schedule and reason, not overlapping. reason: why, kept in the history. Days already on sale follow the change at once, with their " +
                "R6 priority limit. Where the new figures leave an interval with more bookings than places, the bookings over them move to the " +
                "nearest interval with a free place (the last issued first, priority bookings last), free of charge and not counted as the owner's " +
                "reschedules (R28); each owner is told in the cabinet, by SMS and push, and may pick another interval on the same terms until " +
                "the booking's freeMoveUntil. The answer lists the moves. If some cannot move (a vehicle already called, no free place to the " +
                "horizon), the change is refused (409 capacity-below-bookings, the intervals listed) and changes nothing.")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                if (operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true)
                {
                    body.Example = System.Text.Json.Nodes.JsonNode.Parse(CapacityPlanRequest.Example);
                }

                return Task.CompletedTask;
            })
            .Produces<CapacityPlanChangeDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    /// <summary>A new version of a checkpoint's capacity plan (R22).</summary>
    internal sealed record CapacityPlanRequest(
        int? ExpectedVersion, DateOnly? EffectiveFrom, WeekInput? Week, IReadOnlyList<CapacityExceptionInput>? Exceptions, string? Reason)
    {
        /// <summary>Road works: six days a week 08:00–20:00, closed on Sundays, and a holiday closed.</summary>
        public const string Example = """
            {"expectedVersion":0,"effectiveFrom":"2027-03-01",
             "week":{"monday":{"opensAt":"08:00","hoursOpen":12,"intervalMinutes":60,"vehiclesPerInterval":15},
                     "tuesday":{"opensAt":"08:00","hoursOpen":12,"intervalMinutes":60,"vehiclesPerInterval":15},
                     "wednesday":{"opensAt":"08:00","hoursOpen":12,"intervalMinutes":60,"vehiclesPerInterval":15},
                     "thursday":{"opensAt":"08:00","hoursOpen":12,"intervalMinutes":60,"vehiclesPerInterval":15},
                     "friday":{"opensAt":"08:00","hoursOpen":12,"intervalMinutes":60,"vehiclesPerInterval":15},
                     "saturday":{"opensAt":"08:00","hoursOpen":12,"intervalMinutes":60,"vehiclesPerInterval":15},
                     "sunday":{"opensAt":"00:00","hoursOpen":24,"intervalMinutes":60,"vehiclesPerInterval":0}},
             "exceptions":[{"from":"2027-03-08","to":"2027-03-08","schedule":{"opensAt":"00:00","hoursOpen":24,"intervalMinutes":60,"vehiclesPerInterval":0},
                            "reason":"International Women's Day"}],
             "reason":"Road works on the approach, order of the regional akimat No. 12"}
            """;
    }

    /// <summary>Whether the checkpoint has a waiting zone.</summary>
    internal sealed record WaitingZoneRequest(bool? HasWaitingZone);

    /// <summary>Visible to clients and load balancers: the read model was down and the write store answered.</summary>
    private static void SayAvailabilitySource(this HttpContext http, AvailabilitySource source) =>
        http.Response.Headers[AvailabilitySourceHeader] = source == AvailabilitySource.ReadModel ? "read-model" : "write-store";
}
