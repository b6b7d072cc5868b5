using Mediator;
using Seo.Application.Outbox.GetOutboxStatus;
using Seo.Application.Outbox.ReplayOutboxMessage;
using Seo.Application.Outbox.ReplayPoisonedOutboxMessages;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

internal static class OutboxEndpoints
{
    public static RouteGroupBuilder MapOutboxEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/admin/outbox", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetOutboxStatus(), ct)).ToOk())
            .WithName("GetOutboxStatus")
            .WithSummary("Event delivery to the read models: backlog, lag and poisoned events (registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces<OutboxStatusDto>();

        api.MapPost("/admin/outbox/{sequence:long}/replay", async (long sequence, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReplayOutboxMessage(sequence), ct)).ToNoContent())
            .WithName("ReplayOutboxEvent")
            .WithSummary("Deliver a poisoned event again once its cause is fixed (registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/admin/outbox/replay", async (string? type, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReplayPoisonedOutboxMessages(type), ct)).ToOk())
            .WithName("ReplayPoisonedOutboxEvents")
            .WithSummary("Deliver every poisoned event (of one type, if given) again, e.g. after a long search-store outage (registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces<ReplayedOutboxMessagesDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }
}
