using System.Globalization;
using System.Security.Claims;
using Mediator;
using Seo.Application.Barriers.Acknowledge;
using Seo.Application.Barriers.Collect;
using Seo.Application.Barriers.Common;
using Seo.Application.Barriers.Issue;
using Seo.Application.Barriers.ListCommands;
using Seo.Domain.Barriers;
using Seo.Domain.Common;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;
using Seo.WebApi.OpenApi;

namespace Seo.WebApi.Endpoints;

/// <summary>R11: barriers collect and acknowledge their commands; officers open and close them from the console and read the audit log.</summary>
internal static class BarrierEndpoints
{
    private static readonly DomainError InvalidWait = DomainError.Validation(
        "invalid-wait",
        $"'wait' is a whole number of seconds from 0 to {BarrierOptions.MaxWaitSeconds}.",
        new Dictionary<string, string[]> { ["wait"] = [$"'wait' is 0 to {BarrierOptions.MaxWaitSeconds} seconds."] });

    public static RouteGroupBuilder MapBarrierEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/devices/barrier-commands", async (int? wait, ClaimsPrincipal device, BarrierCommandPoll poll, CancellationToken ct) =>
            {
                if (wait is < 0 or > BarrierOptions.MaxWaitSeconds)
                {
                    return Problems.From(InvalidWait);
                }

                var result = await poll.WaitAsync(DeviceKeyAuthenticationHandler.DeviceIdOf(device), TimeSpan.FromSeconds(wait ?? 0), ct);
                return result.ToOk();
            })
            .WithName("CollectBarrierCommands")
            .WithSummary("A barrier collects its commands, oldest first, waiting up to 'wait' seconds for one (long poll, R11)")
            .WithDescription("Authenticate with the barrier's API key in the X-Device-Key header. Answers at once when commands wait; otherwise when one " +
                "is issued or 'wait' (0–30 s, default 0) runs out, with an empty list. Each answer counts a delivery: acknowledge every command with " +
                "POST /devices/barrier-commands/{id}/ack, or it is delivered again after Seo:Barriers:AckTimeout and, after Seo:Barriers:MaxAttempts " +
                "deliveries, given up with an alert to the officers. A command seen again (same id) is to be carried out once.")
            .WithTags("Devices")
            .RequireAuthorization(Policies.Device)
            .Produces<BarrierInstructions>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/devices/barrier-commands/{id:guid}/ack", async (Guid id, BarrierAckRequest request, ClaimsPrincipal device, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AcknowledgeBarrierCommand(DeviceKeyAuthenticationHandler.DeviceIdOf(device), id, request.Outcome, request.Detail), ct)).ToOk())
            .WithName("AcknowledgeBarrierCommand")
            .WithSummary("A barrier answers a command it collected: Done, or Failed with a detail (R11); the same answer again changes nothing")
            .WithDescription("Authenticate with the barrier's API key in the X-Device-Key header. Another barrier's command is 404; an answer that " +
                "contradicts the first is 409 barrier-command-acknowledged; Failed alerts the officers.")
            .WithTags("Devices")
            .RequireAuthorization(Policies.Device)
            .Produces<BarrierInstruction>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        MapConsoleCommand(api, "open", BarrierAction.Open);
        MapConsoleCommand(api, "close", BarrierAction.Close);

        api.MapGet("/admin/barriers/{id:guid}/commands", async (Guid id, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListBarrierCommands(id, page ?? 1, pageSize ?? 20), ct)).ToOk())
            .WithName("ListBarrierCommands")
            .WithSummary("The audit log of one barrier: every command, system or console, with who, when, why, plate, booking, deliveries and the answer (R11; officers and the registrar)")
            .WithDescription("Newest first; page from 1; pageSize 1–100.")
            .WithTags("Barriers")
            .RequireAuthorization(Policies.OfficerOrRegistrar)
            .Produces<BarrierCommandPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/admin/checkpoints/{code}/barrier-commands", async (string code, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
                    IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListCheckpointBarrierCommands(code, from, to, page ?? 1, pageSize ?? 20), ct)).ToOk())
            .WithName("ListCheckpointBarrierCommands")
            .WithSummary("The audit log of every barrier of a checkpoint, commands issued in [from, to) (R11; officers and the registrar)")
            .WithDescription("from/to: ISO 8601 with offset, both optional; newest first; page from 1; pageSize 1–100.")
            .WithTags("Barriers")
            .RequireAuthorization(Policies.OfficerOrRegistrar)
            .Produces<BarrierCommandPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static void MapConsoleCommand(RouteGroupBuilder api, string verb, BarrierAction action) =>
        api.MapPost($"/admin/barriers/{{id:guid}}/{verb}", async (Guid id, BarrierCommandRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(new IssueBarrierCommand(id, action, request.Reason, request.Plate, request.BookingNumber), ct);
                return result.IsSuccess
                    ? TypedResults.Accepted(string.Create(CultureInfo.InvariantCulture, $"/api/v1/admin/barriers/{id}/commands"), result.Value)
                    : Problems.From(result.Error);
            })
            .WithName(action == BarrierAction.Open ? "OpenBarrier" : "CloseBarrier")
            .WithSummary($"{action} a barrier from the officer console, with a reason (R11; officers and the registrar)")
            .WithDescription("The command is kept with who gave it, the reason and, when named, the plate and the booking (by its number at the " +
                "barrier's checkpoint). 202: the barrier carries it out when it collects it; its answer shows in the audit log.")
            .WithTags("Barriers")
            .RequireAuthorization(Policies.OfficerOrRegistrar)
            .Produces<BarrierCommandDto>(StatusCodes.Status202Accepted)
            .WithLocation(StatusCodes.Status202Accepted, "The barrier's command log, where the barrier's answer shows: /api/v1/admin/barriers/{id}/commands.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>A barrier's answer to a command.</summary>
    /// <param name="Outcome">Done: carried out; Failed: it could not (the officers are alerted).</param>
    /// <param name="Detail">What went wrong, or anything worth keeping; up to 500 printable characters.</param>
    internal sealed record BarrierAckRequest(BarrierAckOutcome? Outcome, string? Detail);

    /// <summary>An officer's open or close order.</summary>
    /// <param name="Reason">Why, 1 to 500 printable characters; kept in the audit log.</param>
    /// <param name="Plate">The truck concerned, if any (normalised like a booking's plate).</param>
    /// <param name="BookingNumber">The booking concerned, if any: a number of the barrier's checkpoint.</param>
    internal sealed record BarrierCommandRequest(string? Reason, string? Plate, string? BookingNumber);
}
