using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Bookings.Reschedule;
using Seo.Application.Waitlist.Common;
using Seo.Application.Waitlist.GetWaitlistEntry;
using Seo.Application.Waitlist.JoinWaitlist;
using Seo.Application.Waitlist.LeaveWaitlist;
using Seo.Domain.Waitlist;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

/// <summary>A paid booking waits for an earlier interval at its checkpoint (docs/capacity.md, "Waitlist").</summary>
internal static class WaitlistEndpoints
{
    private const string OwnerOrDispatcher = "The booking's owner, or an active dispatcher of the organisation that owns it (R15).";

    public static RouteGroupBuilder MapWaitlistEndpoints(this RouteGroupBuilder api)
    {
        var waitlist = api.MapGroup("/bookings/{id:guid}/waitlist").WithTags("Waitlist");

        waitlist.MapGet("/", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetWaitlistEntry(id), ct)).ToOk())
            .WithName("GetWaitlistEntry")
            .WithSummary("Where the booking's wait for an earlier interval stands: its window, its position in the checkpoint's queue, the place held for it")
            .WithDescription(OwnerOrDispatcher + " Officers and the registrar read any. 404 not-on-waitlist for a booking that never waited.")
            .RequireAuthorization()
            .Produces<WaitlistEntryDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        waitlist.MapPut("/", async (Guid id, WaitlistRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new JoinWaitlist(id, request.From, request.To, request.EarliestStart, request.LatestStart), ct)).ToOk())
            .WithName("JoinWaitlist")
            .WithSummary("Wait for an earlier interval at the booking's checkpoint (R22, R28): a range of dates and start times; changing the window keeps the place in the queue")
            .WithDescription(OwnerOrDispatcher + " A paid booking whose vehicle has not been called and whose interval is ahead may wait " +
                "(409 booking-not-waitable). from, to: checkpoint-local dates, from today to the booked date or later; earliestStart, latestStart: " +
                "HH:mm, the whole day by default. When a place in the window and earlier than the booking frees, it is held for the first booking " +
                "waiting that it fits, for the offer window (Seo:Waitlist:OfferWindow, 15 minutes), and its owner is told in the cabinet, by SMS " +
                "and push; then it goes to the next. Accepting moves the booking as a reschedule would (R28: free twice, then for the fee). " +
                "Changing the window while a place is held is refused (409 waitlist-offer-pending); a wait that ended joins at the back.")
            .RequireAuthorization(Policies.User)
            .Produces<WaitlistEntryDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        waitlist.MapDelete("/", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new LeaveWaitlist(id), ct)).ToOk())
            .WithName("LeaveWaitlist")
            .WithSummary("Stop waiting, or decline the place held for the booking: the place goes to the next booking waiting")
            .WithDescription(OwnerOrDispatcher)
            .RequireAuthorization(Policies.User)
            .Produces<WaitlistEntryDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        waitlist.MapPost("/accept", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                // Accepting is the reschedule to the held place: one path for the rules of a move (R20 checks, R28 fees, R6).
                var entry = await mediator.Send(new GetWaitlistEntry(id), ct);
                if (!entry.IsSuccess)
                {
                    return Problems.From(entry.Error);
                }

                if (entry.Value.Offer is not { } offer)
                {
                    return Problems.From(WaitlistErrors.NoOffer);
                }

                return (await mediator.Send(new RescheduleBooking(id, offer.Date, offer.Start), ct)).ToOk();
            })
            .WithName("AcceptWaitlistOffer")
            .WithSummary("Take the place held for the booking: the booking moves there as a reschedule (R28), the checks re-run for the date (R20)")
            .WithDescription(OwnerOrDispatcher + " The same as rescheduling to the offered interval before the offer's expiresAt. 409 no-waitlist-offer " +
                "when no place is held (still waiting, or the offer lapsed).")
            .RequireAuthorization(Policies.User)
            .Produces<BookingDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return api;
    }

    /// <summary>The window of intervals the booking would take instead of its own: checkpoint-local dates and start times.</summary>
    internal sealed record WaitlistRequest(DateOnly? From, DateOnly? To, string? EarliestStart, string? LatestStart);
}
