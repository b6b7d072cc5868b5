using Mediator;
using Seo.Application.Notifications.Common;
using Seo.Application.Notifications.ListMyNotifications;
using Seo.Application.Notifications.MarkNotificationRead;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

/// <summary>The personal cabinet's notifications (R19.2 notices of fines and toll-road debt).</summary>
internal static class NotificationEndpoints
{
    public static RouteGroupBuilder MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");

        notifications.MapGet("/", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListMyNotifications(page ?? 1, pageSize ?? 20), ct)).ToOk())
            .WithName("ListMyNotifications")
            .WithSummary("The caller's notifications, newest first, with the unread count")
            .RequireAuthorization(Policies.User)
            .Produces<NotificationPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        notifications.MapPost("/{id:guid}/read", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new MarkNotificationRead(id), ct)).ToOk())
            .WithName("MarkNotificationRead")
            .WithSummary("Mark a notification read; again changes nothing")
            .RequireAuthorization(Policies.User)
            .Produces<NotificationDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
