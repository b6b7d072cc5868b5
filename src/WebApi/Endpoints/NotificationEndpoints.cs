using Mediator;
using Seo.Application.Notifications.Common;
using Seo.Application.Notifications.ListMyNotifications;
using Seo.Application.Notifications.MarkNotificationRead;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;
using Seo.WebApi.Localization;
using Seo.WebApi.OpenApi;

namespace Seo.WebApi.Endpoints;

/// <summary>The personal cabinet's notifications (R19.2 notices of fines and toll-road debt).</summary>
internal static class NotificationEndpoints
{
    public static RouteGroupBuilder MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");

        notifications.MapGet("/", async (int? page, int? pageSize, IMediator mediator, HttpResponse response, CancellationToken ct) =>
                (await mediator.Send(new ListMyNotifications(page ?? 1, pageSize ?? 20), ct))
                    .Map(found => InCallersLanguage(response, found, page => page with { Items = [.. page.Items.Select(InCallersLanguage)] }))
                    .ToOk())
            .WithName("ListMyNotifications")
            .WithSummary("The caller's notifications, newest first, with the unread count")
            .RequireAuthorization(Policies.User)
            .Produces<NotificationPage>()
            .WithLanguage()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        notifications.MapPost("/{id:guid}/read", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
                (await mediator.Send(new MarkNotificationRead(id), ct)).Map(read => InCallersLanguage(response, read, InCallersLanguage)).ToOk())
            .WithName("MarkNotificationRead")
            .WithSummary("Mark a notification read; again changes nothing")
            .RequireAuthorization(Policies.User)
            .Produces<NotificationDto>()
            .WithLanguage()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>
    /// A notification is kept in the words it was made in (English) and read in the caller's
    /// language (Accept-Language), so that one account's dispatchers may each read their own.
    /// </summary>
    private static NotificationDto InCallersLanguage(NotificationDto notification) =>
        notification with { Text = Languages.Translate(notification.Text) };

    /// <summary>The answer in the caller's language, saying which (once, however many notifications it holds).</summary>
    private static T InCallersLanguage<T>(HttpResponse response, T answer, Func<T, T> translate)
    {
        Languages.SayWhich(response);
        return translate(answer);
    }
}
