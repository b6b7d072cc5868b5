using Mediator;
using Microsoft.OpenApi;
using Seo.Application.Bookings.AcceptCapacityMove;
using Seo.Application.Bookings.AlternativeCheckpoints;
using Seo.Application.Bookings.RefundDisplaced;
using Seo.Application.Bookings.RefuseEntry;
using Seo.Application.Bookings.Cancel;
using Seo.Application.Bookings.Common;
using Seo.Application.Bookings.Create;
using Seo.Application.Bookings.GetBooking;
using Seo.Application.Bookings.ListMyBookings;
using Seo.Application.Bookings.Reschedule;
using Seo.WebApi.Http.Hygiene;
using Seo.Application.Bookings.Transfer;
using Seo.Domain.Bookings;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;
using Seo.WebApi.OpenApi;

namespace Seo.WebApi.Endpoints;

internal static class BookingEndpoints
{
    public static RouteGroupBuilder MapBookingEndpoints(this RouteGroupBuilder api)
    {
        var bookings = api.MapGroup("/bookings").WithTags("Bookings");

        bookings.MapPost("/", async (CreateBooking command, IMediator mediator, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(command, ct);
                if (!outcome.IsSuccess)
                {
                    return Problems.From(outcome.Error);
                }

                // R22 fair release: a request for a day in its opening window is a draw entry (docs/fair-release.md).
                return outcome.Value.Entry is { } entry
                    ? TypedResults.Accepted($"/api/v1/checkpoints/{entry.Checkpoint}/days/{entry.Date:yyyy-MM-dd}/draw", entry)
                    : TypedResults.Created($"/api/v1/bookings/{outcome.Value.Booking!.Id}", outcome.Value.Booking);
            })
            .WithName("CreateBooking")
            .WithSummary("Request a booking for an interval, or the first free one (R16, R20–R22); for a day in its opening window, an entry in its draw (202)")
            .WithDescription("An owner with an IIN/BIN books once it is proven (403 owner-identity-not-proven, R15). A dispatcher sends " +
                "'onBehalfOf': the organisation's account id; the booking is then the organisation's (403 not-a-dispatcher once revoked), " +
                "and each of its active dispatchers reads, pays, reschedules and cancels it as the organisation would.")
            .RequireAuthorization(Policies.User)
            .Produces<BookingDto>(StatusCodes.Status201Created)
            .Produces<Application.Draws.Common.DrawEntryDto>(StatusCodes.Status202Accepted)
            .WithLocation(StatusCodes.Status201Created, "The booking: /api/v1/bookings/{id}.")
            .WithLocation(StatusCodes.Status202Accepted, "The day's draw the request entered: /api/v1/checkpoints/{code}/days/{date}/draw.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        bookings.MapGet("/", async (BookingStatus? status, int? page, int? pageSize, Guid? account, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListMyBookings(status, page ?? 1, pageSize ?? 20, account), ct)).ToOk())
            .WithName("ListMyBookings")
            .WithSummary("The caller's bookings, newest first; with 'account', those of the organisation the caller dispatches for (R15)")
            .WithDescription("status: one status only; page from 1; pageSize 1–100. A dispatcher lists an organisation's bookings with its " +
                "account id, e.g. GET /api/v1/bookings?account=0193a1e2-7c4d-7b1a-9f00-5e2d3c4b5a69&status=Confirmed: its bookings only, " +
                "not the caller's own; 403 not-a-dispatcher without an active grant from it (never granted, or revoked).")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == "account") is { } account)
                {
                    account.Description = "The account whose bookings to list: the caller's own (the default), or an organisation's that made " +
                        "the caller its dispatcher (GET /accounts/me lists them as dispatcherFor).";
                    account.Example = System.Text.Json.Nodes.JsonValue.Create("0193a1e2-7c4d-7b1a-9f00-5e2d3c4b5a69");
                }

                return Task.CompletedTask;
            })
            .RequireAuthorization(Policies.User)
            .Produces<BookingPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        bookings.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetBooking(id), ct)).ToOk())
            .WithName("GetBooking")
            .WithSummary("One booking (owner and its active dispatchers, officers and the registrar)")
            .RequireAuthorization()
            .Produces<BookingDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        bookings.MapPost("/{id:guid}/reschedule", async (Guid id, RescheduleRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RescheduleBooking(id, request.Date, request.Start), ct)).ToOk())
            .WithName("RescheduleBooking")
            .WithMetadata(new TransferMembers("vehicle", "owner", "plate", "trailerPlate", "vin", "taxId"))
            .WithSummary("Move to another interval: free twice, then for a fee (R28); the checks re-run for the new date (R20)")
            .WithDescription(OwnerOrDispatcher)
            .RequireAuthorization(Policies.User)
            .Produces<BookingDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        bookings.MapPost("/{id:guid}/capacity-move/accept", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AcceptCapacityMove(id), ct)).ToOk())
            .WithName("AcceptCapacityMove")
            .WithSummary("Keep the interval a capacity cut moved the booking to (R22, R28): the free pick of another before freeMoveUntil ends")
            .WithDescription(OwnerOrDispatcher + " Not answering by freeMoveUntil comes to the same. 409 no-capacity-move when no cut moved the " +
                "booking or the deadline has passed.")
            .RequireAuthorization(Policies.User)
            .Produces<BookingDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        bookings.MapPut("/{id:guid}/alternative-checkpoints", async (Guid id, AlternativeCheckpointsRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AllowAlternativeCheckpoints(id, request.Checkpoints), ct)).ToOk())
            .WithName("AllowAlternativeCheckpoints")
            .WithSummary("Allow a capacity cut to move the booking to other checkpoints of the same border (R22), in order of preference")
            .WithDescription(OwnerOrDispatcher + " checkpoints: up to 3 codes of other checkpoints to the same neighbouring country, each once " +
                "(400 alternative-checkpoint-not-nearby otherwise); [] withdraws the permission. When a capacity cut leaves the booking without " +
                "a place, it goes to the free interval nearest its own time at its own checkpoint or at one of these (a tie goes to its own, then " +
                "to this order), free and uncounted (R28); the booking's number then names the new checkpoint. The owner never moves it to " +
                "another checkpoint (R36). Only while the booking is unpaid or paid and its vehicle not called (409 booking-not-reschedulable).")
            .RequireAuthorization(Policies.User)
            .Produces<BookingDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        bookings.MapPost("/{id:guid}/refund", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RefundDisplacedBooking(id), ct)).ToOk())
            .WithName("RefundDisplacedBooking")
            .WithSummary("Take back the fee of a booking a closure displaced (R22, R28): the booking ends and every fee paid for it is refunded")
            .WithDescription(OwnerOrDispatcher + " Only for a booking in status Displaced, before freeMoveUntil (after it the refund is made " +
                "without asking); placing it on another date instead is a reschedule, free and uncounted. The refund is decided at once and " +
                "made through the gateway (a gateway that does not answer leaves it to the reconciliation); GET /api/v1/payments?bookingId= " +
                "shows it. 409 booking-not-displaced for any other booking: cancelling one keeps the fee.")
            .RequireAuthorization(Policies.User)
            .Produces<BookingDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        bookings.MapPost("/{id:guid}/cancel", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CancelBooking(id), ct)).ToOk())
            .WithName("CancelBooking")
            .WithSummary("Cancel; a paid fee is not refunded (R28)")
            .WithDescription(OwnerOrDispatcher)
            .RequireAuthorization(Policies.User)
            .Produces<BookingDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        bookings.MapPost("/{id:guid}/transfer", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new TransferBooking(id), ct)).ToNoContent())
            .WithName("TransferBooking")
            .WithSummary("Always refused: a booking cannot be transferred or sold (R36)")
            .WithDescription(OwnerOrDispatcher)
            .RequireAuthorization(Policies.User)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/admin/bookings/{id:guid}/refuse-entry", async (Guid id, RefuseEntryRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RefuseEntry(id, request.Reason), ct)).ToOk())
            .WithName("RefuseEntry")
            .WithSummary("An officer refuses a vehicle entry or passage with a reason; the booking closes and the fee is kept (officer, registrar)")
            .WithTags("Checkpoint operations")
            .RequireAuthorization(Policies.OfficerOrRegistrar)
            .Produces<BookingDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    /// <summary>Who acts on a booking (R15): one rule, <c>BookingAccess</c>, behind every carrier-side booking endpoint.</summary>
    private const string OwnerOrDispatcher = "The booking's owner, or an active dispatcher of the organisation that owns it (R15); " +
        "anyone else's booking — a revoked dispatcher's included — is 404 booking-not-found.";

    /// <summary>Why the officer refuses the vehicle; kept with the booking and shown in the live view.</summary>
    internal sealed record RefuseEntryRequest(string? Reason);

    /// <summary>The new checkpoint-local date and interval start (HH:mm).</summary>
    internal sealed record RescheduleRequest(DateOnly? Date, string? Start);

    /// <summary>The checkpoint codes a capacity cut may move the booking to, in order of preference (R22).</summary>
    internal sealed record AlternativeCheckpointsRequest(IReadOnlyList<string>? Checkpoints);
}
