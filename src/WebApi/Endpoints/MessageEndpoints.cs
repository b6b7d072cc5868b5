using Mediator;
using Seo.Application.Messaging.Common;
using Seo.Application.Messaging.ListBookingMessages;
using Seo.Application.Messaging.ListSandboxMessages;
using Seo.Domain.Messaging;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

/// <summary>The journey's messages (R29 reminder, R34 call, annulments, R33 call lists): what was sent, how and with which receipt.</summary>
internal static class MessageEndpoints
{
    public static RouteGroupBuilder MapMessageEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/bookings").WithTags("Bookings")
            .MapGet("/{id:guid}/messages", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListBookingMessages(id), ct)).ToOk())
            .WithName("ListBookingMessages")
            .WithSummary("The messages sent about a booking (R29, R34, annulments) with their state, attempts and receipt (owner and its active dispatchers, officers and the registrar)")
            .RequireAuthorization()
            .Produces<IReadOnlyList<OutboundMessageDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>Sandbox mode only: what the sandbox adapters received in place of the providers.</summary>
    public static RouteGroupBuilder MapSandboxMessageEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/sandbox/messages").WithTags("Sandbox").RequireAuthorization(Policies.Registrar)
            .MapGet("/", async (Guid? booking, MessageKind? kind, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListSandboxMessages(booking, kind, page ?? 1, pageSize ?? 50), ct)).ToOk())
            .WithName("ListSandboxMessages")
            .WithSummary("The SMS, push and officers' console messages the sandbox recorded instead of sending, newest first (sandbox, registrar only)")
            .Produces<SandboxMessagePage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
